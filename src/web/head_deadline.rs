//! Every request head on a kept-alive connection arrives whole within
//! `INTAKE_HEADER_TIMEOUT_SECONDS`, not only the first (issue 12, finding 6).
//!
//! actix bounds a connection's FIRST head (`client_request_timeout`, 408) and the idle time
//! before the next one starts (keep-alive timeout), but the keep-alive timer stops at the
//! next request's first byte: a client could then trickle that head for ever. Instead of one
//! request per connection (which cost every API client a TCP connection per filing), each
//! connection's socket is wrapped in a [`TimedStream`] sharing a [`HeadDeadline`] with the
//! [`track`] middleware: the deadline is off while a request is being served (its body has
//! its own bound, `slow_clients`), starts when the handler has answered, moves on while the
//! response is still being written, and a read after it has passed ends the connection.

use actix_web::body::MessageBody;
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::middleware::Next;
use std::cell::Cell;
use std::future::Future;
use std::io;
use std::pin::Pin;
use std::rc::Rc;
use std::task::{Context, Poll};
use std::time::Duration;
use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};
use tokio::time::{sleep_until, Instant, Sleep};

/// When the connection's next request head must be complete: `None` while a request is
/// being served. Shared by the connection's stream and its requests (`conn_data`).
#[derive(Clone)]
pub struct HeadDeadline {
    due: Rc<Cell<Option<Instant>>>,
    limit: Duration,
}

impl HeadDeadline {
    fn new(limit: Duration) -> Self {
        Self {
            due: Rc::new(Cell::new(None)),
            limit,
        }
    }

    /// The next head is due `limit` from now.
    fn arm(&self) {
        self.due.set(Some(Instant::now() + self.limit));
    }
}

/// A connection's socket whose reads fail once a request head is overdue.
pub struct TimedStream<T> {
    io: T,
    deadline: HeadDeadline,
    /// Wakes the connection at the deadline when the client sends nothing more.
    timer: Option<Pin<Box<Sleep>>>,
}

impl<T> TimedStream<T> {
    /// Wraps a new connection; its first head is bounded by actix's `client_request_timeout`.
    pub fn new(io: T, limit: Duration) -> Self {
        Self {
            io,
            deadline: HeadDeadline::new(limit),
            timer: None,
        }
    }

    /// The deadline the [`track`] middleware finds in the connection's data.
    pub fn deadline(&self) -> HeadDeadline {
        self.deadline.clone()
    }

    /// Whether the head now awaited is overdue; if not, the timer is set to wake the
    /// connection when it will be.
    fn overdue(&mut self, cx: &mut Context<'_>) -> bool {
        let Some(due) = self.deadline.due.get() else {
            return false;
        };
        if Instant::now() >= due {
            return true;
        }
        let timer = self.timer.get_or_insert_with(|| Box::pin(sleep_until(due)));
        if timer.deadline() != due {
            timer.as_mut().reset(due);
        }
        timer.as_mut().poll(cx).is_ready()
    }
}

fn too_slow() -> io::Error {
    io::Error::new(
        io::ErrorKind::TimedOut,
        "request head not complete within the header timeout",
    )
}

impl<T: AsyncRead + Unpin> AsyncRead for TimedStream<T> {
    fn poll_read(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut ReadBuf<'_>,
    ) -> Poll<io::Result<()>> {
        let this = self.get_mut();
        if this.overdue(cx) {
            return Poll::Ready(Err(too_slow()));
        }
        Pin::new(&mut this.io).poll_read(cx, buf)
    }
}

impl<T: AsyncWrite + Unpin> AsyncWrite for TimedStream<T> {
    fn poll_write(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &[u8],
    ) -> Poll<io::Result<usize>> {
        let this = self.get_mut();
        let written = Pin::new(&mut this.io).poll_write(cx, buf);
        // A response still going out (to a client reading it) does not eat the next head's time.
        if matches!(written, Poll::Ready(Ok(n)) if n > 0) && this.deadline.due.get().is_some() {
            this.deadline.arm();
        }
        written
    }

    fn poll_flush(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.get_mut().io).poll_flush(cx)
    }

    fn poll_shutdown(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.get_mut().io).poll_shutdown(cx)
    }
}

/// Starts the deadline again when dropped: the request was answered (or abandoned).
struct Rearm(HeadDeadline);

impl Drop for Rearm {
    fn drop(&mut self) {
        self.0.arm();
    }
}

/// Middleware (outermost): no deadline while the request is served; the next head's starts
/// when it has been answered.
pub async fn track(
    req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<impl MessageBody>, actix_web::Error> {
    let _rearm = req.conn_data::<HeadDeadline>().map(|d| {
        d.due.set(None);
        Rearm(d.clone())
    });
    next.call(req).await
}
