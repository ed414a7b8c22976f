//! What the public forms refuse: posts without a valid token, too many posts, oversized
//! forms, and scripts on any page; nothing is stored on refusal.

use super::*;

crate::on_both_kinds!(forms_without_a_valid_token_are_refused);

async fn forms_without_a_valid_token_are_refused(kind: Kind) {
    let mut b = Browser::start(kind, 100).await;
    let data = early_warning_form();
    // No cookie, no token: a cross-site post.
    let page = b
        .post("/report/new", &pairs("", &data, &[("action", "submit")]))
        .await;
    assert_eq!(page.status, 403);
    assert!(
        page.body.contains("Acme Energy SA"),
        "input kept for a retry"
    );
    // A cookie, but a token from elsewhere.
    b.get("/report/new").await;
    let page = b
        .post(
            "/report/new",
            &pairs(&"0".repeat(32), &data, &[("action", "submit")]),
        )
        .await;
    assert_eq!(page.status, 403);
    // A real token, but another browser's cookie.
    let csrf = b.get("/report/new").await.csrf();
    b.forget_cookie();
    b.get("/").await;
    let page = b
        .post("/report/new", &pairs(&csrf, &data, &[("action", "save")]))
        .await;
    assert_eq!(page.status, 403);
    assert_eq!((b.count("cases"), b.count("drafts")), (0, 0));
    // A follow-up form is protected the same way.
    let path = file_early_warning(&mut b).await;
    let token = path
        .trim_start_matches("/report/follow-up/")
        .split('?')
        .next()
        .unwrap()
        .to_string();
    let page = b
        .post(
            &format!("/report/follow-up/{token}/file/incident_notification"),
            &[("csrf", "x"), ("action", "submit")],
        )
        .await;
    assert_eq!(page.status, 403);
    assert_eq!(b.count("submissions"), 1);
}

async fn public_posts_are_rate_limited(kind: Kind) {
    let mut b = Browser::start(kind, 3).await;
    let csrf = b.get("/report/new").await.csrf();
    let data = early_warning_form();
    for _ in 0..3 {
        let p = b
            .post("/report/new", &pairs(&csrf, &data, &[("action", "save")]))
            .await;
        assert_eq!(p.status, 303);
    }
    let p = b
        .post("/report/new", &pairs(&csrf, &data, &[("action", "submit")]))
        .await;
    assert_eq!(p.status, 429);
    let wait: u64 = p
        .headers
        .get("retry-after")
        .unwrap()
        .to_str()
        .unwrap()
        .parse()
        .unwrap();
    assert!((1..=20).contains(&wait), "{wait}");
    assert!(p.body.contains("Acme Energy SA"), "input kept");
    assert_eq!(b.count("cases"), 0);
    // Reading is not limited.
    assert_eq!(b.get("/report/new").await.status, 200);
}

mod sqlite_only {
    use super::*;

    #[actix_web::test]
    async fn rate_limit() {
        public_posts_are_rate_limited(Kind::Sqlite).await
    }

    #[actix_web::test]
    async fn an_oversized_form_is_refused_without_storing() {
        let mut b = Browser::start(Kind::Sqlite, 100).await;
        let csrf = b.get("/report/new").await.csrf();
        let huge = "x".repeat(300 * 1024);
        let data = early_warning_form();
        let p = b
            .post(
                "/report/new",
                &pairs(
                    &csrf,
                    &data,
                    &[("summary", huge.as_str()), ("action", "save")],
                ),
            )
            .await;
        assert_eq!(p.status, 413);
        assert_eq!((b.count("cases"), b.count("drafts")), (0, 0));
    }

    #[actix_web::test]
    async fn stylesheet_is_served_and_pages_allow_no_script() {
        let mut b = Browser::start(Kind::Sqlite, 100).await;
        let css = b.get("/static/style.css").await;
        assert_eq!(css.status, 200);
        assert!(css
            .headers
            .get("content-type")
            .unwrap()
            .to_str()
            .unwrap()
            .starts_with("text/css"));
        let page = b.get("/report/new").await;
        let csp = page
            .headers
            .get("content-security-policy")
            .unwrap()
            .to_str()
            .unwrap();
        assert!(csp.contains("default-src 'none'") && !csp.contains("script-src"));
        assert!(!page.body.contains("<script"));
        let cookie = page.headers.get("set-cookie").unwrap().to_str().unwrap();
        assert!(
            cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"),
            "{cookie}"
        );
    }
}
