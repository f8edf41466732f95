//! The API's routes as `api.yaml` declares them (parsed as YAML), for answers the generated
//! router does not give. A request resolves its [`Route`] once ([`Route::of`]); the route then
//! gives the `Allow` header of a 405 (RFC 9110 §15.5.6), what the server checks before it
//! reads a request body ([`Route::operation`]: whether credentials are required, the body
//! kind, its media types for a 415), and the template that labels the request's metrics and
//! log line.

use std::sync::LazyLock;

use yaml_rust2::{Yaml, YamlLoader};

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
    /// The media types its request body may come in (empty when it takes none).
    pub media_types: Vec<String>,
}

/// A path template of the contract and the operations it declares.
#[derive(Debug)]
pub struct Route {
    /// The template split at `/`.
    segments: Vec<String>,
    operations: Vec<Operation>,
    /// The template itself (`/v1/messages/{destination}`).
    pub template: String,
}

/// Every path template of the contract with the operations it declares, parsed once (YAML)
/// from the `api.yaml` compiled into the binary.
static ROUTES: LazyLock<Vec<Route>> = LazyLock::new(|| {
    let docs = YamlLoader::load_from_str(include_str!("../../api.yaml"))
        .expect("api.yaml, compiled in, is YAML");
    let paths = docs[0]["paths"].as_hash().expect("api.yaml declares paths");
    let mut routes = Vec::new();
    for (template, item) in paths {
        let template = template.as_str().expect("a path template is a string");
        let mut operations = Vec::new();
        for (method, op) in item.as_hash().into_iter().flatten() {
            let Some(method) = method.as_str().filter(|m| is_method(m)) else {
                continue;
            };
            let media_types: Vec<String> = op["requestBody"]["content"]
                .as_hash()
                .into_iter()
                .flatten()
                .filter_map(|(media, _)| media.as_str().map(str::to_owned))
                .collect();
            operations.push(Operation {
                method: method.to_ascii_uppercase(),
                operation_id: op["operationId"].as_str().unwrap_or_default().to_owned(),
                auth: auth_mode(&op["security"]),
                body: match media_types.first().map(String::as_str) {
                    None => BodyKind::None,
                    Some("application/octet-stream" | "application/vnd.signal-messenger.mrm") => {
                        BodyKind::Binary
                    }
                    Some(_) => BodyKind::Json,
                },
                media_types,
            });
        }
        let segments = template
            .trim_start_matches('/')
            .split('/')
            .map(str::to_owned)
            .collect();
        routes.push(Route {
            segments,
            operations,
            template: template.to_owned(),
        });
    }
    routes
});

/// An operation's `security` list: `authenticatedAccount` alone requires credentials; with an
/// empty requirement (`{}`) beside it, anonymous callers are admitted too.
fn auth_mode(security: &Yaml) -> AuthMode {
    let requirements = security.as_vec().map(Vec::as_slice).unwrap_or_default();
    let account = requirements
        .iter()
        .any(|r| !r["authenticatedAccount"].is_badvalue());
    let anonymous = requirements
        .iter()
        .any(|r| r.as_hash().is_some_and(|h| h.is_empty()));
    match (account, anonymous) {
        (true, false) => AuthMode::Required,
        (true, true) => AuthMode::Optional,
        _ => AuthMode::None,
    }
}

fn is_method(word: &str) -> bool {
    matches!(
        word,
        "get" | "put" | "post" | "delete" | "patch" | "head" | "options"
    )
}

impl Route {
    /// The most specific route matching `path` (compared segment by segment, no allocation):
    /// a literal segment wins over a `{parameter}`. `None` outside the contract.
    pub fn of(path: &str) -> Option<&'static Route> {
        let path = path.strip_prefix('/').unwrap_or(path);
        let candidates = BY_LENGTH.get(path.split('/').count())?;
        let matches = |route: &Route| {
            let mut segments = path.split('/');
            route.segments.iter().all(|t| {
                segments
                    .next()
                    .is_some_and(|s| t == s || (t.starts_with('{') && !s.is_empty()))
            }) && segments.next().is_none()
        };
        let literal_count = |route: &Route| {
            route
                .segments
                .iter()
                .filter(|t| !t.starts_with('{'))
                .count()
        };
        candidates
            .iter()
            .copied()
            .filter(|route| matches(route))
            .max_by_key(|route| literal_count(route))
    }

    /// The operation this route declares for `method`, if any.
    pub fn operation(&self, method: &str) -> Option<&Operation> {
        self.operations.iter().find(|op| op.method == method)
    }

    /// The methods this route declares, as an `Allow` header value.
    pub fn allow(&self) -> String {
        let methods: Vec<&str> = self
            .operations
            .iter()
            .map(|op| op.method.as_str())
            .collect();
        methods.join(", ")
    }

    /// The `Allow` value when this route does not declare `method`. The generated router
    /// would try a less specific template instead (`DELETE /v1/devices/link` as
    /// `DELETE /v1/devices/{device_id}`); like JAX-RS, the most specific template decides.
    pub fn refuses(&self, method: &str) -> Option<String> {
        // Every request asks: the header value is built only for a 405.
        self.operation(method).is_none().then(|| self.allow())
    }
}

/// The routes by number of segments, so that a lookup compares only templates of the
/// path's length.
static BY_LENGTH: LazyLock<Vec<Vec<&'static Route>>> = LazyLock::new(|| {
    let mut by_length: Vec<Vec<&'static Route>> = Vec::new();
    for route in ROUTES.iter() {
        let n = route.segments.len();
        if by_length.len() <= n {
            by_length.resize_with(n + 1, Vec::new);
        }
        by_length[n].push(route);
    }
    by_length
});

#[cfg(test)]
mod tests {
    use super::{AuthMode, BodyKind, Operation, Route};

    fn allowed_methods(path: &str) -> Option<String> {
        Route::of(path).map(Route::allow)
    }

    fn template(path: &str) -> Option<&'static str> {
        Route::of(path).map(|route| route.template.as_str())
    }

    fn operation(method: &str, path: &str) -> Option<&'static Operation> {
        Route::of(path)?.operation(method)
    }

    fn request_media_types(method: &str, path: &str) -> Option<&'static [String]> {
        operation(method, path).map(|op| op.media_types.as_slice())
    }

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
            template("/v1/messages/abc"),
            Some("/v1/messages/{destination}")
        );
        assert_eq!(template("/v1/accounts/me"), Some("/v1/accounts/me"));
        assert_eq!(template("/v1/messages/abc/extra"), None);
        let keys = allowed_methods("/v2/keys").unwrap();
        assert!(keys.contains("GET") && keys.contains("PUT"), "{keys}");
    }

    #[test]
    fn the_most_specific_route_decides_the_method() {
        let refused = |method, path| Route::of(path).and_then(|route| route.refuses(method));
        assert_eq!(
            refused("DELETE", "/v1/devices/link").as_deref(),
            Some("PUT")
        );
        assert_eq!(refused("DELETE", "/v1/devices/7"), None);
        assert_eq!(refused("GET", "/v1/unknown"), None);
    }

    #[test]
    fn operations_carry_security_and_body_kind() {
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
