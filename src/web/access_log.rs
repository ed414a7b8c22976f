//! The request line of the access log, from the route that matched rather than the raw path:
//! a bearer token in a path (follow-up and draft links) is never written, however the client
//! spelled the path (`/report/%66ollow-up/<token>` matches the follow-up route too), and no
//! client-chosen text reaches the log unescaped.

use actix_web::dev::ServiceResponse;
use actix_web::HttpRequest;

/// Path parameters that are secrets: shown as `<name>`.
const SECRET_PARAMS: &[&str] = &["token"];

/// `METHOD /route/with/values`, for the logger's `%{request}xo`.
pub fn request_line(res: &ServiceResponse) -> String {
    let req = res.request();
    format!("{} {}", req.method(), loggable_path(req))
}

/// The matched route with its parameters filled in (secrets as `<name>`); without a route,
/// the path with every segment that could be a token (long or not plain) as `<…>`.
pub fn loggable_path(req: &HttpRequest) -> String {
    match req.match_pattern() {
        Some(pattern) => pattern
            .split('/')
            .map(
                |seg| match seg.strip_prefix('{').and_then(|s| s.strip_suffix('}')) {
                    Some(name) if SECRET_PARAMS.contains(&name) => format!("<{name}>"),
                    Some(name) => plain(req.match_info().get(name).unwrap_or("")),
                    None => seg.to_string(),
                },
            )
            .collect::<Vec<_>>()
            .join("/"),
        None => req
            .path()
            .split('/')
            .map(plain)
            .collect::<Vec<_>>()
            .join("/"),
    }
}

/// A segment as it may be logged: short and plain, else `<…>`.
fn plain(seg: &str) -> String {
    let ok = seg.len() <= 40
        && seg
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'));
    if ok && !(seg.len() >= 32 && seg.chars().all(|c| c.is_ascii_hexdigit())) {
        seg.to_string()
    } else {
        "<…>".to_string()
    }
}

#[cfg(test)]
mod tests {
    use actix_web::{test, web, App, HttpResponse};

    async fn line(uri: &str) -> String {
        let app = test::init_service(
            App::new()
                .route("/report/follow-up/{token}", web::get().to(HttpResponse::Ok))
                .route(
                    "/report/follow-up/{token}/file/{stage}",
                    web::get().to(HttpResponse::Ok),
                )
                .route("/report/draft/{token}", web::get().to(HttpResponse::Ok))
                .route("/api/v1/incidents/{id}", web::get().to(HttpResponse::Ok)),
        )
        .await;
        let res = test::call_service(&app, test::TestRequest::with_uri(uri).to_request()).await;
        super::request_line(&res)
    }

    #[actix_web::test]
    async fn the_access_log_never_shows_a_token_however_the_path_is_spelled() {
        let token = "0123456789abcdef0123456789abcdef0123456789abcdef";
        assert_eq!(
            line(&format!("/report/%66ollow-up/{token}")).await,
            "GET /report/follow-up/<token>"
        );
        assert_eq!(
            line(&format!("/report/follow-up/{token}/file/final_report?x=1")).await,
            "GET /report/follow-up/<token>/file/final_report"
        );
        assert_eq!(
            line(&format!("/report/dr%61ft/{token}")).await,
            "GET /report/draft/<token>"
        );
        assert_eq!(
            line("/api/v1/incidents/abc").await,
            "GET /api/v1/incidents/abc"
        );
        let unmatched = line(&format!("/report/nothing/{token}/x%0Ay")).await;
        assert_eq!(unmatched, "GET /report/nothing/<…>/<…>");
    }
}
