//! The API's routes as `api.yaml` declares them, for answers the generated router does not
//! give: the `Allow` header of a 405 (RFC 9110 §15.5.6), what the server checks before
//! it reads a request body ([`operation`]: whether credentials are required, the body kind),
//! and the route template that labels a request's metrics and log line ([`template`]).

use std::sync::LazyLock;

/// How an operation authenticates, from its `security` list in `api.yaml`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AuthMode {
    /// `- authenticatedAccount: []` alone: Basic account credentials are required (401 first).
    Required,
    /// `authenticatedAccount` or `{}`: anonymous callers are admitted (access keys, zk auth).
    Optional,
    /// No `security`: the operation has its own scheme (registration, linking) or none.
    None,
}

/// The kind of request body an operation declares.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BodyKind {
    /// No `requestBody`.
    None,
    /// JSON (`application/json`, or `*/*` read as JSON by the generated server).
    Json,
    /// Bytes (`application/octet-stream`, multi-recipient messages).
    Binary,
}

/// One operation of the contract.
#[derive(Clone, Debug)]
pub struct Operation {
    pub method: String,
    pub operation_id: String,
    pub auth: AuthMode,
    pub body: BodyKind,
}

/// Every path template of the contract with the operations it declares, read once from the
/// `api.yaml` compiled into the binary (paths are two-space indented keys, methods four,
/// operation fields six, request body media types ten).
type Route = (Vec<String>, Vec<Operation>, String);
static ROUTES: LazyLock<Vec<Route>> = LazyLock::new(|| {
    let mut routes: Vec<Route> = Vec::new();
    let mut in_paths = false;
    // Inside an operation: `security` entries seen so far, and whether in its list / body.
    let (mut in_security, mut in_body) = (false, false);
    let mut security: Vec<String> = Vec::new();
    let finish = |routes: &mut Vec<Route>, security: &mut Vec<String>| {
        if let Some(op) = routes.last_mut().and_then(|(_, ops, _)| ops.last_mut()) {
            let account = security
                .iter()
                .any(|s| s.starts_with("authenticatedAccount"));
            let anonymous = security.iter().any(|s| s == "{}");
            op.auth = match (account, anonymous) {
                (true, false) => AuthMode::Required,
                (true, true) => AuthMode::Optional,
                _ => AuthMode::None,
            };
        }
        security.clear();
    };
    for line in include_str!("../../api.yaml").lines() {
        if !line.starts_with(' ') {
            finish(&mut routes, &mut security);
            in_paths = line == "paths:";
            continue;
        }
        if !in_paths {
            continue;
        }
        if let Some(path) = line.strip_prefix("  /").and_then(|l| l.strip_suffix(':')) {
            finish(&mut routes, &mut security);
            routes.push((
                path.split('/').map(str::to_owned).collect(),
                Vec::new(),
                format!("/{path}"),
            ));
        } else if let Some(method) = line
            .strip_prefix("    ")
            .and_then(|l| l.strip_suffix(':'))
            .filter(|m| is_method(m))
        {
            finish(&mut routes, &mut security);
            if let Some((_, ops, _)) = routes.last_mut() {
                ops.push(Operation {
                    method: method.to_ascii_uppercase(),
                    operation_id: String::new(),
                    auth: AuthMode::None,
                    body: BodyKind::None,
                });
            }
        } else if let Some(field) = line.strip_prefix("      ").filter(|l| !l.starts_with(' ')) {
            let op = routes.last_mut().and_then(|(_, ops, _)| ops.last_mut());
            if let Some(entry) = field.strip_prefix("- ").filter(|_| in_security) {
                security.push(entry.trim().to_owned());
                continue;
            }
            in_security = field == "security:";
            in_body = field == "requestBody:";
            if let (Some(op), Some(id)) = (op, field.strip_prefix("operationId: ")) {
                op.operation_id = id.trim().to_owned();
            }
        } else if let Some(media) = line
            .strip_prefix("          ")
            .filter(|l| in_body && !l.starts_with(' '))
            .and_then(|l| l.strip_suffix(':'))
        {
            if let Some(op) = routes.last_mut().and_then(|(_, ops, _)| ops.last_mut()) {
                if op.body == BodyKind::None {
                    op.body = match media.trim_matches('\'') {
                        "application/octet-stream" | "application/vnd.signal-messenger.mrm" => {
                            BodyKind::Binary
                        }
                        _ => BodyKind::Json,
                    };
                }
            }
        }
    }
    finish(&mut routes, &mut security);
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

/// The operation `method` `path` names (the most specific template wins), if declared.
pub fn operation(method: &str, path: &str) -> Option<&'static Operation> {
    route_operations(path)?
        .iter()
        .find(|op| op.method == method)
}

fn route_methods(path: &str) -> Option<Vec<String>> {
    route_operations(path).map(|ops| ops.iter().map(|op| op.method.clone()).collect())
}

fn route_operations(path: &str) -> Option<&'static [Operation]> {
    route(path).map(|(_, operations, _)| operations.as_slice())
}

/// The `api.yaml` path template `path` matches (`/v1/messages/{destination}`), if any.
pub fn template(path: &str) -> Option<&'static str> {
    route(path).map(|(_, _, template)| template.as_str())
}

/// The routes by number of segments, so that a lookup compares only templates of the
/// path's length.
static BY_LENGTH: LazyLock<Vec<Vec<&'static Route>>> = LazyLock::new(|| {
    let mut by_length: Vec<Vec<&'static Route>> = Vec::new();
    for route in ROUTES.iter() {
        let n = route.0.len();
        if by_length.len() <= n {
            by_length.resize_with(n + 1, Vec::new);
        }
        by_length[n].push(route);
    }
    by_length
});

/// The most specific route matching `path` (compared segment by segment, no allocation): a
/// literal segment wins over a `{parameter}`.
fn route(path: &str) -> Option<&'static Route> {
    let path = path.strip_prefix('/').unwrap_or(path);
    let candidates = BY_LENGTH.get(path.split('/').count())?;
    let matches = |template: &[String]| {
        let mut segments = path.split('/');
        template.iter().all(|t| {
            segments
                .next()
                .is_some_and(|s| t == s || (t.starts_with('{') && !s.is_empty()))
        }) && segments.next().is_none()
    };
    let literal_count =
        |template: &[String]| template.iter().filter(|t| !t.starts_with('{')).count();
    candidates
        .iter()
        .copied()
        .filter(|(template, _, _)| matches(template))
        .max_by_key(|(template, _, _)| literal_count(template))
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
        assert_eq!(
            super::template("/v1/messages/abc"),
            Some("/v1/messages/{destination}")
        );
        assert_eq!(super::template("/v1/accounts/me"), Some("/v1/accounts/me"));
        assert_eq!(super::template("/v1/messages/abc/extra"), None);
        let keys = allowed_methods("/v2/keys").unwrap();
        assert!(keys.contains("GET") && keys.contains("PUT"), "{keys}");
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

    #[test]
    fn operations_carry_security_and_body_kind() {
        use super::{operation, AuthMode, BodyKind};
        let profile = operation("PUT", "/v1/profile").unwrap();
        assert_eq!(profile.operation_id, "setProfile");
        assert_eq!(
            (profile.auth, profile.body),
            (AuthMode::Required, BodyKind::Json)
        );
        let send = operation("PUT", "/v1/messages/abc").unwrap();
        assert_eq!((send.auth, send.body), (AuthMode::Optional, BodyKind::Json));
        let mrm = operation("PUT", "/v1/messages/multi_recipient").unwrap();
        assert_eq!((mrm.auth, mrm.body), (AuthMode::None, BodyKind::Binary));
        let session = operation("POST", "/v1/verification/session").unwrap();
        assert_eq!(session.auth, AuthMode::None);
        let whoami = operation("GET", "/v1/accounts/whoami").unwrap();
        assert_eq!(
            (whoami.auth, whoami.body),
            (AuthMode::Required, BodyKind::None)
        );
        assert!(operation("PATCH", "/v1/profile").is_none());
    }
}
