//! The media types each operation of `api.yaml` reads its request body in, for the 415 of a
//! body in another type (see `server::check_media_type`).

use std::sync::LazyLock;

/// A route's path template (split at `/`) with, per method, the media types of its request
/// body (empty when it takes none).
type Route = (Vec<String>, Vec<(String, Vec<String>)>);

/// Read once from the `api.yaml` compiled into the binary: paths are two-space indented
/// keys, methods four, an operation's `requestBody` six and its media types ten.
static ROUTES: LazyLock<Vec<Route>> = LazyLock::new(|| {
    let mut routes: Vec<Route> = Vec::new();
    let (mut in_paths, mut in_request_body) = (false, false);
    for line in include_str!("../../api.yaml").lines() {
        if !line.starts_with(' ') {
            in_paths = line == "paths:";
            continue;
        }
        if !in_paths {
            continue;
        }
        let key = |indent: usize| {
            line.get(indent..)
                .filter(|l| line[..indent].trim().is_empty() && !l.starts_with(' '))
                .and_then(|l| l.strip_suffix(':'))
        };
        if let Some(path) = key(2).and_then(|k| k.strip_prefix('/')) {
            routes.push((path.split('/').map(str::to_owned).collect(), Vec::new()));
        } else if let Some(method) = key(4)
            .filter(|m| ["get", "put", "post", "delete", "patch", "head", "options"].contains(m))
        {
            if let Some((_, methods)) = routes.last_mut() {
                methods.push((method.to_ascii_uppercase(), Vec::new()));
            }
        } else if line
            .get(6..)
            .is_some_and(|l| line[..6].trim().is_empty() && !l.starts_with(' '))
        {
            in_request_body = line.trim() == "requestBody:";
        } else if let Some(media) = key(10).filter(|_| in_request_body) {
            let media = media.trim_matches('\'').to_owned();
            if let Some((_, types)) = routes.last_mut().and_then(|(_, m)| m.last_mut()) {
                types.push(media);
            }
        }
    }
    routes
});

/// The media types the operation `method path` reads its request body in; empty when it
/// reads none, `None` when no declared operation matches. A literal segment wins over a
/// `{parameter}`, as in JAX-RS.
pub fn request_media_types(method: &str, path: &str) -> Option<&'static [String]> {
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
    let (_, methods) = ROUTES
        .iter()
        .filter(|(template, _)| matches(template))
        .max_by_key(|(template, _)| literal_count(template))?;
    methods
        .iter()
        .find(|(name, _)| name == method)
        .map(|(_, types)| types.as_slice())
}

#[cfg(test)]
mod tests {
    use super::request_media_types;

    #[test]
    fn media_types_come_from_the_request_body() {
        let json = ["application/json".to_string()];
        assert_eq!(
            request_media_types("PUT", "/v1/accounts/name"),
            Some(&json[..])
        );
        assert_eq!(
            request_media_types("PUT", "/v1/devices/capabilities"),
            Some(&json[..])
        );
        assert_eq!(
            request_media_types("GET", "/v1/accounts/whoami"),
            Some(&[][..])
        );
        assert_eq!(
            request_media_types("PUT", "/v1/messages/multi_recipient"),
            Some(&["application/vnd.signal-messenger.mrm".to_string()][..])
        );
        assert_eq!(
            request_media_types("PUT", "/v1/devices/link"),
            Some(&json[..]),
            "a literal segment wins over /v1/devices/{{device_id}}"
        );
        assert_eq!(request_media_types("POST", "/v1/accounts/whoami"), None);
        assert_eq!(request_media_types("GET", "/v1/unknown"), None);
    }
}
