//! Request extractors for the JSON API: the caller's API key, and a JSON body whose every
//! failure maps to the right status (400 syntax, 413 size, 415 type, 422 field); a
//! [`StrictJson`] body also has each field's JSON type checked (422 naming the field).

use super::AppState;
use crate::app::AppError;
use crate::domain::report::json_type_error;
use crate::domain::validation::{FieldErrors, Msg};
use crate::storage::entities::ApiClient;
use actix_web::dev::Payload;
use actix_web::http::header;
use actix_web::{web, FromRequest, HttpMessage, HttpRequest};
use futures_util::future::LocalBoxFuture;
use futures_util::StreamExt;
use serde::de::DeserializeOwned;

/// Largest JSON body accepted: room for the longest texts and 500 IoCs.
pub const JSON_LIMIT: usize = 1024 * 1024;

impl FromRequest for ApiClient {
    type Error = AppError;
    type Future = LocalBoxFuture<'static, Result<Self, AppError>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        let state = req.app_data::<web::Data<AppState>>().cloned();
        let secret = req
            .headers()
            .get(header::AUTHORIZATION)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| {
                v.strip_prefix("Bearer ")
                    .or_else(|| v.strip_prefix("bearer "))
            })
            .map(|s| s.trim().to_string());
        CredentialGate::check(req, async move {
            match (state, secret) {
                (Some(state), Some(secret)) => super::credentials::api_client(&state, secret).await,
                _ => Err(AppError::Unauthorized),
            }
        })
    }
}

/// Settles once the request's credential has been checked. actix polls a handler's
/// extractors together, so a body could otherwise be refused (400, 422) before a missing or
/// wrong credential, and a stranger would learn what is wrong with a body it may not send.
/// A body's refusal waits for the gate; a refused credential ends the request first.
#[derive(Clone, Default)]
pub struct CredentialGate(std::rc::Rc<tokio::sync::Notify>);

impl CredentialGate {
    /// A credential extractor's `check` of `req`: the gate is set up when the request
    /// arrives and settles when the check ends, either way.
    pub fn check<T: 'static>(
        req: &HttpRequest,
        check: impl std::future::Future<Output = Result<T, AppError>> + 'static,
    ) -> LocalBoxFuture<'static, Result<T, AppError>> {
        let gate = Self::default();
        req.extensions_mut().insert(gate.clone());
        Box::pin(async move {
            let checked = check.await;
            gate.0.notify_one();
            checked
        })
    }
}

/// `body`, whose refusal is held back until the request's credential (if the route takes
/// one) has been checked.
fn after_credential<T: 'static>(
    req: &HttpRequest,
    body: LocalBoxFuture<'static, Result<T, AppError>>,
) -> LocalBoxFuture<'static, Result<T, AppError>> {
    let req = req.clone();
    Box::pin(async move {
        let read = body.await;
        let gate = req.extensions().get::<CredentialGate>().cloned();
        if let (Err(_), Some(gate)) = (&read, gate) {
            gate.0.notified().await;
        }
        read
    })
}

/// A JSON body of type `T`, with its raw bytes (for idempotency fingerprints).
pub struct ApiJson<T> {
    pub value: T,
    pub raw: web::Bytes,
}

impl<T: DeserializeOwned + 'static> FromRequest for ApiJson<T> {
    type Error = AppError;
    type Future = LocalBoxFuture<'static, Result<Self, AppError>>;

    fn from_request(req: &HttpRequest, payload: &mut Payload) -> Self::Future {
        let body = read_body(req, payload);
        after_credential(
            req,
            Box::pin(async move {
                let raw = body.await?;
                let value = parse_json(&raw)?;
                Ok(ApiJson { value, raw })
            }),
        )
    }
}

/// A body type whose fields the API checks for their JSON types before deserializing, so
/// that lenient field types (text read from numbers) never coerce what a client sent.
pub trait JsonTypes {
    /// Every field of `body` whose JSON type is wrong, named by its path.
    fn type_errors(body: &serde_json::Value) -> FieldErrors;
}

/// A JSON body of type `T` whose every field has the JSON type the schema says: a wrong type
/// is a 422 naming each such field (issue 11 item 8), before `T` is read.
pub struct StrictJson<T> {
    pub value: T,
    pub raw: web::Bytes,
}

impl<T: DeserializeOwned + JsonTypes + 'static> FromRequest for StrictJson<T> {
    type Error = AppError;
    type Future = LocalBoxFuture<'static, Result<Self, AppError>>;

    fn from_request(req: &HttpRequest, payload: &mut Payload) -> Self::Future {
        let body = read_body(req, payload);
        after_credential(
            req,
            Box::pin(async move {
                let raw = body.await?;
                let tree: serde_json::Value = parse_json(&raw)?;
                let errors = T::type_errors(&tree);
                if !errors.is_empty() {
                    return Err(AppError::Validation(errors));
                }
                let value = parse_json(&raw)?;
                Ok(StrictJson { value, raw })
            }),
        )
    }
}

/// Reads a JSON request body: 415 unless JSON, 413 beyond [`JSON_LIMIT`].
fn read_body(
    req: &HttpRequest,
    payload: &mut Payload,
) -> LocalBoxFuture<'static, Result<web::Bytes, AppError>> {
    let content_type = req
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
        .to_ascii_lowercase();
    let declared_len = req
        .headers()
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<usize>().ok());
    let mut payload = payload.take();
    Box::pin(async move {
        let mime = content_type
            .split(';')
            .next()
            .unwrap_or("")
            .trim()
            .to_string();
        if mime != "application/json" && !mime.ends_with("+json") {
            return Err(AppError::UnsupportedMediaType(Msg::t("api-send-json")));
        }
        if declared_len.is_some_and(|n| n > JSON_LIMIT) {
            return Err(AppError::PayloadTooLarge(JSON_LIMIT));
        }
        let mut body = web::BytesMut::new();
        while let Some(chunk) = payload.next().await {
            let chunk = chunk.map_err(|e| {
                AppError::BadRequest(Msg::t1("api-body-unreadable", "error", e.to_string()))
            })?;
            if body.len() + chunk.len() > JSON_LIMIT {
                return Err(AppError::PayloadTooLarge(JSON_LIMIT));
            }
            body.extend_from_slice(&chunk);
        }
        Ok(body.freeze())
    })
}

/// Syntax errors are 400; a well-formed document of the wrong shape is a 422 naming the field.
pub fn parse_json<T: DeserializeOwned>(raw: &[u8]) -> Result<T, AppError> {
    let text = std::str::from_utf8(raw)
        .map_err(|e| AppError::BadRequest(Msg::t1("api-body-utf8", "byte", e.valid_up_to())))?;
    let de = &mut serde_json::Deserializer::from_str(text);
    match serde_path_to_error::deserialize::<_, T>(de) {
        Ok(v) => Ok(v),
        Err(e) => {
            let path = e.path().to_string();
            let inner = e.into_inner();
            if inner.is_data() {
                let message = inner.to_string();
                let message = message.split(" at line ").next().unwrap_or(&message);
                let (field, message) = plain_words(&path, message);
                Err(AppError::Validation(FieldErrors::single(field, message)))
            } else {
                // serde's English stays out of the words: where it broke is enough.
                let (line, column) = (inner.line(), inner.column());
                Err(AppError::BadRequest(Msg::t2(
                    "api-body-json",
                    ("line", line),
                    ("column", column),
                )))
            }
        }
    }
}

/// serde's wording for a field missing or of the wrong JSON type, said the way the report
/// checks say it ("is required", "must be a string, not a number"), on the field concerned.
fn plain_words(path: &str, message: &str) -> (String, Msg) {
    let at = |name: &str| match path {
        "." => name.to_string(),
        p => format!("{p}.{name}"),
    };
    if let Some(name) = message
        .strip_prefix("missing field `")
        .and_then(|r| r.strip_suffix('`'))
    {
        return (at(name), Msg::t("api-field-required"));
    }
    let field = if path == "." {
        "body".to_string()
    } else {
        path.to_string()
    };
    if let Some(name) = message
        .strip_prefix("unknown field `")
        .and_then(|r| r.split('`').next())
    {
        // serde names the unknown key in the path for some shapes, not for others.
        let named = path.rsplit('.').next() == Some(name);
        let field = if named { field } else { at(name) };
        return (field, Msg::t("api-field-unknown"));
    }
    if let Some(codes) = message
        .strip_prefix("unknown variant `")
        .and_then(|r| r.split_once("expected one of "))
        .map(|(_, codes)| codes.replace('`', ""))
    {
        return (field, Msg::t1("api-field-one-of", "codes", codes));
    }
    let Some((found, expected)) = message
        .strip_prefix("invalid type: ")
        .and_then(|r| r.split_once(", expected "))
    else {
        return (field, Msg::plain(message));
    };
    // Named by their `api-json-type` variants; serde's other words are shown as they are.
    let found = match found.split_whitespace().next().unwrap_or(found) {
        "integer" | "floating" => "number",
        "boolean" => "boolean",
        "string" => "string",
        "sequence" => "list",
        "map" => "object",
        "null" => "null",
        _ => found,
    };
    let expected = match expected {
        e if e.starts_with("struct ") || e.starts_with("a map") => "object",
        "a string" => "string",
        "a boolean" => "boolean",
        "a sequence" => "list",
        e => e,
    };
    (field, json_type_error(expected, found))
}

#[cfg(test)]
mod plain_words_tests {
    use super::plain_words;

    #[test]
    fn serde_messages_become_field_errors_in_plain_words() {
        let words = |path, message| {
            let (field, msg) = plain_words(path, message);
            (field, msg.to_string())
        };
        assert_eq!(
            words(".", "missing field `reason`"),
            ("reason".into(), "is required".into())
        );
        assert_eq!(
            words("reason", "invalid type: integer `5`, expected a string"),
            ("reason".into(), "must be a string, not a number".into())
        );
        assert_eq!(
            words(".", "invalid type: sequence, expected struct Withdrawal"),
            ("body".into(), "must be an object, not a list".into())
        );
    }
}
