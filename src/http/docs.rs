//! The API reference, outside `api.yaml`'s operations: `GET /api.yaml` serves the contract
//! compiled into the binary, `GET /docs` a page rendering it with Redoc, whose standalone
//! bundle (npm `redoc`, pinned in `assets/redoc/fetch.sh`, MIT, see `assets/redoc/LICENSE`)
//! is embedded in the binary and served at `GET /docs/redoc.standalone.js`.

use bytes::Bytes;
use http_body_util::{BodyExt, Full};
use hyper::header::{HeaderValue, ALLOW, CACHE_CONTROL, CONTENT_TYPE};
use hyper::{Method, Response, StatusCode};

use crate::error::{json_response, message_body, Body};

const API_YAML: &str = include_str!("../../api.yaml");
const REDOC_JS: &str = include_str!("../../assets/redoc/redoc.standalone.js");
const PAGE: &str = r#"<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Signal chat server API</title>
<style>body { margin: 0; padding: 0; }</style>
</head>
<body>
<redoc spec-url="/api.yaml" hide-download-button="false"></redoc>
<script src="/docs/redoc.standalone.js"></script>
</body>
</html>
"#;

/// Whether `path` is served here.
pub fn is_docs_path(path: &str) -> bool {
    matches!(
        path,
        "/docs" | "/docs/" | "/docs/redoc.standalone.js" | "/api.yaml"
    )
}

/// Answers a request for one of the [`is_docs_path`] paths.
pub fn respond(method: &Method, path: &str) -> Response<Body> {
    if method != Method::GET && method != Method::HEAD {
        let status = StatusCode::METHOD_NOT_ALLOWED;
        let mut response = json_response(status, &message_body(status, "method not allowed"));
        response
            .headers_mut()
            .insert(ALLOW, HeaderValue::from_static("GET, HEAD"));
        return response;
    }
    let (body, content_type) = match path {
        "/api.yaml" => (API_YAML, "application/yaml; charset=utf-8"),
        "/docs/redoc.standalone.js" => (REDOC_JS, "text/javascript; charset=utf-8"),
        _ => (PAGE, "text/html; charset=utf-8"),
    };
    let mut response = Response::new(Full::new(Bytes::from_static(body.as_bytes())).boxed());
    let headers = response.headers_mut();
    headers.insert(CONTENT_TYPE, HeaderValue::from_static(content_type));
    headers.insert(
        CACHE_CONTROL,
        HeaderValue::from_static("public, max-age=3600"),
    );
    response
}
