//! Slow and greedy clients: a request body must arrive whole within the body timeout (else
//! 408 and the connection is closed), and one address may have only so many requests in
//! flight at once (else 429 and the connection is closed). Together with the server's header
//! timeout (`client_request_timeout`, and `head_deadline` for every later head of a kept-alive
//! connection), a client that trickles bytes or opens connections by the thousand holds them
//! for seconds, not forever.

use super::AppState;
use crate::app::AppError;
use actix_web::body::{EitherBody, MessageBody};
use actix_web::dev::{Payload, ServiceRequest, ServiceResponse};
use actix_web::error::PayloadError;
use actix_web::middleware::Next;
use actix_web::web::{self, Bytes};
use actix_web::{HttpMessage, HttpResponse, ResponseError};
use futures_util::Stream;
use std::cell::Cell;
use std::collections::HashMap;
use std::future::Future;
use std::net::IpAddr;
use std::pin::Pin;
use std::rc::Rc;
use std::sync::Mutex;
use std::task::{Context, Poll};
use std::time::Duration;

/// The limits, from `INTAKE_BODY_TIMEOUT_SECONDS` and `INTAKE_REQUESTS_PER_ADDRESS`.
pub struct SlowClients {
    body_timeout: Duration,
    per_address: usize,
    in_flight: Mutex<HashMap<IpAddr, usize>>,
}

impl SlowClients {
    pub fn new(body_timeout: Duration, per_address: usize) -> Self {
        Self {
            body_timeout,
            per_address: per_address.max(1),
            in_flight: Mutex::new(HashMap::new()),
        }
    }

    /// A slot for one request from `ip`, or `None` when the address has all of its own.
    fn enter(self: &std::sync::Arc<Self>, ip: IpAddr) -> Option<Slot> {
        let mut m = self.in_flight.lock().unwrap_or_else(|e| e.into_inner());
        let n = m.entry(ip).or_insert(0);
        if *n >= self.per_address {
            return None;
        }
        *n += 1;
        Some(Slot {
            owner: self.clone(),
            ip,
        })
    }
}

/// One request in flight; leaving frees the slot (an empty entry is removed).
struct Slot {
    owner: std::sync::Arc<SlowClients>,
    ip: IpAddr,
}

impl Drop for Slot {
    fn drop(&mut self) {
        let mut m = self
            .owner
            .in_flight
            .lock()
            .unwrap_or_else(|e| e.into_inner());
        if let Some(n) = m.get_mut(&self.ip) {
            *n = n.saturating_sub(1);
            if *n == 0 {
                m.remove(&self.ip);
            }
        }
    }
}

/// The request body, cut with an error when its deadline passes before its end.
struct Deadline {
    inner: Payload,
    timer: Pin<Box<tokio::time::Sleep>>,
    expired: Rc<Cell<bool>>,
}

impl Stream for Deadline {
    type Item = Result<Bytes, PayloadError>;

    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        if let Poll::Ready(item) = Pin::new(&mut self.inner).poll_next(cx) {
            return Poll::Ready(item);
        }
        if self.timer.as_mut().poll(cx).is_ready() {
            self.expired.set(true);
            let e = std::io::Error::new(std::io::ErrorKind::TimedOut, "request body too slow");
            return Poll::Ready(Some(Err(PayloadError::Io(e))));
        }
        Poll::Pending
    }
}

/// A refusal that also ends the connection.
fn refuse(e: &AppError) -> HttpResponse {
    let mut r = e.error_response();
    r.head_mut()
        .set_connection_type(actix_web::http::ConnectionType::Close);
    r
}

/// An [`AppError`] whose response closes the connection.
#[derive(Debug)]
struct Closing(AppError);

impl std::fmt::Display for Closing {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.0.fmt(f)
    }
}

impl ResponseError for Closing {
    fn status_code(&self) -> actix_web::http::StatusCode {
        self.0.status_code()
    }

    fn error_response(&self) -> HttpResponse {
        refuse(&self.0)
    }
}

/// The middleware: takes a slot for the client's address and puts the body on its deadline.
pub async fn guard(
    mut req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<EitherBody<impl MessageBody>>, actix_web::Error> {
    let Some(state) = req.app_data::<web::Data<AppState>>().cloned() else {
        return next.call(req).await.map(|r| r.map_into_left_body());
    };
    let limits = state.slow_clients.clone();
    let ip = crate::web::client_address::of(req.request());
    let Some(_slot) = limits.enter(ip) else {
        let (http, _) = req.into_parts();
        let r = refuse(&AppError::TooManyRequests(1));
        return Ok(ServiceResponse::new(http, r).map_into_right_body());
    };
    let expired = Rc::new(Cell::new(false));
    let body = Deadline {
        inner: req.take_payload(),
        timer: Box::pin(tokio::time::sleep(limits.body_timeout)),
        expired: expired.clone(),
    };
    let stream: actix_web::dev::Payload =
        Payload::from(Box::pin(body) as Pin<Box<dyn Stream<Item = Result<Bytes, PayloadError>>>>);
    req.set_payload(stream);
    let done = next.call(req).await;
    if expired.get() {
        let seconds = limits.body_timeout.as_secs();
        return Err(Closing(AppError::RequestTimeout(seconds)).into());
    }
    done.map(|r| r.map_into_left_body())
}
