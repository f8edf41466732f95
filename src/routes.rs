//! The API's routes as `api.yaml` declares them, for answers the generated router does not
//! give: the `Allow` header of a 405 (RFC 9110 §15.5.6).

use std::sync::LazyLock;

/// Every path template of the contract with the methods it declares, read once from the
/// `api.yaml` compiled into the binary (paths are two-space indented keys, methods four).
static ROUTES: LazyLock<Vec<(Vec<String>, Vec<String>)>> = LazyLock::new(|| {
    let mut routes: Vec<(Vec<String>, Vec<String>)> = Vec::new();
    let mut in_paths = false;
    for line in include_str!("../api.yaml").lines() {
        if !line.starts_with(' ') {
            in_paths = line == "paths:";
            continue;
        }
        if !in_paths {
            continue;
        }
        if let Some(path) = line.strip_prefix("  /").and_then(|l| l.strip_suffix(':')) {
            routes.push((path.split('/').map(str::to_owned).collect(), Vec::new()));
        } else if let Some(method) = line
            .strip_prefix("    ")
            .and_then(|l| l.strip_suffix(':'))
            .filter(|m| is_method(m))
        {
            if let Some((_, methods)) = routes.last_mut() {
                methods.push(method.to_ascii_uppercase());
            }
        }
    }
    routes
});

fn is_method(word: &str) -> bool {
    matches!(
        word,
        "get" | "put" | "post" | "delete" | "patch" | "head" | "options"
    )
}

/// The methods `api.yaml` declares for the route `path` matches, as an `Allow` header value;
/// `None` when no route matches. A literal segment wins over a `{parameter}`.
pub fn allowed_methods(path: &str) -> Option<String> {
    route_methods(path).map(|methods| methods.join(", "))
}

/// The `Allow` value when `path` names a declared route that does not declare `method`. The
/// generated router would try a less specific template instead (`DELETE /v1/devices/link`
/// as `DELETE /v1/devices/{device_id}`); like JAX-RS, the most specific template decides.
pub fn method_not_allowed(method: &str, path: &str) -> Option<String> {
    let methods = route_methods(path)?;
    (!methods.iter().any(|m| m == method)).then(|| methods.join(", "))
}

/// The contract's template for the route `path` matches (`/v1/messages/{destination}`), to
/// name a request in logs without the identifiers its path carries.
pub fn template(path: &str) -> Option<String> {
    let (template, _) = route(path)?;
    Some(format!("/{}", template.join("/")))
}

fn route_methods(path: &str) -> Option<&'static [String]> {
    route(path).map(|(_, methods)| methods.as_slice())
}

fn route(path: &str) -> Option<&'static (Vec<String>, Vec<String>)> {
    let segments: Vec<&str> = path.trim_start_matches('/').split('/').collect();
    let matches = |template: &[String]| {
        template.len() == segments.len()
            && template
                .iter()
                .zip(&segments)
                .all(|(t, s)| t == s || (t.starts_with('{') && !s.is_empty()))
    };
    let literal_count =
        |template: &[String]| template.iter().filter(|t| !t.starts_with('{')).count();
    ROUTES
        .iter()
        .filter(|(template, _)| matches(template))
        .max_by_key(|(template, _)| literal_count(template))
}

#[cfg(test)]
mod tests {
    use super::allowed_methods;

    #[test]
    fn literal_routes_win_over_parameters() {
        assert_eq!(
            allowed_methods("/v1/accounts/me").as_deref(),
            Some("DELETE")
        );
        assert_eq!(
            allowed_methods("/v1/accounts/username_hash/confirm").as_deref(),
            Some("PUT")
        );
        assert_eq!(allowed_methods("/v1/nothing/here"), None);
        let keys = allowed_methods("/v2/keys").unwrap();
        assert!(keys.contains("GET") && keys.contains("PUT"), "{keys}");
    }

    #[test]
    fn requests_are_named_by_their_route_template() {
        use super::template;
        let aci = "3a4bde5b-6fa2-4fda-9a5a-4b3e4f7c1d2e";
        assert_eq!(
            template(&format!("/v1/messages/{aci}")).as_deref(),
            Some("/v1/messages/{destination}")
        );
        assert_eq!(template("/v1/keepalive").as_deref(), Some("/v1/keepalive"));
        assert_eq!(template("/no/such/route"), None);
    }

    #[test]
    fn the_most_specific_route_decides_the_method() {
        use super::method_not_allowed;
        assert_eq!(
            method_not_allowed("DELETE", "/v1/devices/link").as_deref(),
            Some("PUT")
        );
        assert_eq!(method_not_allowed("DELETE", "/v1/devices/7"), None);
        assert_eq!(method_not_allowed("GET", "/v1/unknown"), None);
    }
}
