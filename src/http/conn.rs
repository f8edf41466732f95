//! Connection hygiene for the accept loop (`server.rs`): an idle timeout on every
//! connection, a cap on open connections, and a backoff on accept errors.
//!
//! * [`IdleIo`] wraps each accepted stream. While no request is in flight, a connection that
//!   moves no bytes for `idle_timeout_secs` is closed, whether it never sent a request (a
//!   half-open client) or is an idle keep-alive connection, as Jetty's idle timeout does.
//!   Requests in flight (long polls) are not cut; upgraded connections (websockets) keep
//!   their own idle rules.
//! * Each connection holds a permit of a semaphore of `max_connections`; at the cap the
//!   loop stops accepting (the kernel's backlog queues new clients) until one closes.
//! * [`AcceptBackoff`] sleeps after an accept error (EMFILE, ENFILE, ...), doubling up to a
//!   second, and logs at most one line every [`LOG_EVERY`] with the count it held back.

use std::io;
use std::pin::Pin;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::Arc;
use std::task::{Context, Poll};
use std::time::{Duration, Instant};

use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};
use tokio::sync::OwnedSemaphorePermit;
use tokio::time::Sleep;

/// Least interval between two log lines about the same connection trouble.
pub const LOG_EVERY: Duration = Duration::from_secs(10);
const FIRST_BACKOFF: Duration = Duration::from_millis(5);
const MAX_BACKOFF: Duration = Duration::from_secs(1);

/// Whether a connection is busy: requests in flight, or upgraded to another protocol.
#[derive(Debug, Default)]
pub struct Activity {
    in_flight: AtomicUsize,
    upgraded: AtomicBool,
}

impl Activity {
    /// Marks a request in flight until the guard is dropped.
    pub fn request(self: &Arc<Self>) -> RequestGuard {
        self.in_flight.fetch_add(1, Ordering::AcqRel);
        RequestGuard(self.clone())
    }

    /// The connection now speaks another protocol (websocket), with its own idle rules.
    pub fn upgraded(&self) {
        self.upgraded.store(true, Ordering::Release);
    }

    fn busy(&self) -> bool {
        self.in_flight.load(Ordering::Acquire) > 0 || self.upgraded.load(Ordering::Acquire)
    }
}

/// A request in flight on a connection.
pub struct RequestGuard(Arc<Activity>);

impl Drop for RequestGuard {
    fn drop(&mut self) {
        self.0.in_flight.fetch_sub(1, Ordering::AcqRel);
    }
}

/// A stream closed after `timeout` without traffic while its connection is not busy. It
/// holds the connection's permit until it is dropped, upgraded connections included.
pub struct IdleIo<S> {
    inner: S,
    timeout: Duration,
    last_activity: Instant,
    sleep: Pin<Box<Sleep>>,
    activity: Arc<Activity>,
    _permit: OwnedSemaphorePermit,
}

impl<S> IdleIo<S> {
    pub fn new(inner: S, timeout: Duration, permit: OwnedSemaphorePermit) -> (Self, Arc<Activity>) {
        let activity = Arc::new(Activity::default());
        let io = IdleIo {
            inner,
            timeout,
            last_activity: Instant::now(),
            sleep: Box::pin(tokio::time::sleep(timeout)),
            activity: activity.clone(),
            _permit: permit,
        };
        (io, activity)
    }

    fn touch(&mut self) {
        self.last_activity = Instant::now();
    }

    /// Pending while the connection may live on; an error once it has been idle too long.
    fn poll_idle(&mut self, cx: &mut Context<'_>) -> Poll<io::Error> {
        if self.activity.busy() {
            self.touch();
            return Poll::Pending;
        }
        loop {
            let deadline = self.last_activity + self.timeout;
            if Instant::now() >= deadline {
                return Poll::Ready(io::Error::new(io::ErrorKind::TimedOut, "idle timeout"));
            }
            let sleep = self.sleep.as_mut();
            if sleep.deadline() != deadline.into() {
                sleep.reset(deadline.into());
            }
            match self.sleep.as_mut().poll(cx) {
                Poll::Pending => return Poll::Pending,
                Poll::Ready(()) => continue,
            }
        }
    }
}

use std::future::Future as _;

impl<S: AsyncRead + Unpin> AsyncRead for IdleIo<S> {
    fn poll_read(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut ReadBuf<'_>,
    ) -> Poll<io::Result<()>> {
        let this = &mut *self;
        let before = buf.filled().len();
        match Pin::new(&mut this.inner).poll_read(cx, buf) {
            Poll::Ready(result) => {
                if buf.filled().len() > before {
                    this.touch();
                }
                Poll::Ready(result)
            }
            Poll::Pending => this.poll_idle(cx).map(Err),
        }
    }
}

impl<S: AsyncWrite + Unpin> AsyncWrite for IdleIo<S> {
    fn poll_write(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &[u8],
    ) -> Poll<io::Result<usize>> {
        let this = &mut *self;
        let result = Pin::new(&mut this.inner).poll_write(cx, buf);
        if matches!(result, Poll::Ready(Ok(n)) if n > 0) {
            this.touch();
        }
        result
    }

    fn poll_flush(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.inner).poll_flush(cx)
    }

    fn poll_shutdown(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.inner).poll_shutdown(cx)
    }

    fn poll_write_vectored(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        bufs: &[io::IoSlice<'_>],
    ) -> Poll<io::Result<usize>> {
        let this = &mut *self;
        let result = Pin::new(&mut this.inner).poll_write_vectored(cx, bufs);
        if matches!(result, Poll::Ready(Ok(n)) if n > 0) {
            this.touch();
        }
        result
    }

    fn is_write_vectored(&self) -> bool {
        self.inner.is_write_vectored()
    }
}

/// One log line per [`LOG_EVERY`] at most, counting what it held back.
#[derive(Debug, Default)]
pub struct RateLimitedLog {
    last: Option<Instant>,
    held_back: u64,
}

impl RateLimitedLog {
    /// Whether to log now; `Some(n)` with the number of occurrences not logged since.
    pub fn allow(&mut self) -> Option<u64> {
        let now = Instant::now();
        if self
            .last
            .is_some_and(|last| now.duration_since(last) < LOG_EVERY)
        {
            self.held_back += 1;
            return None;
        }
        self.last = Some(now);
        Some(std::mem::take(&mut self.held_back))
    }
}

/// Backoff after accept errors: the listener is not polled again at once, so running out
/// of file descriptors neither spins the CPU nor floods the log.
#[derive(Debug)]
pub struct AcceptBackoff {
    delay: Duration,
    log: RateLimitedLog,
}

impl Default for AcceptBackoff {
    fn default() -> Self {
        AcceptBackoff {
            delay: FIRST_BACKOFF,
            log: RateLimitedLog::default(),
        }
    }
}

impl AcceptBackoff {
    /// A connection was accepted: the next error starts with a short delay again.
    pub fn reset(&mut self) {
        self.delay = FIRST_BACKOFF;
    }

    /// Logs (rate-limited) and waits before the next accept.
    pub async fn on_error(&mut self, error: &io::Error) {
        if let Some(held_back) = self.log.allow() {
            tracing::warn!(
                error = %error,
                similar_errors_not_logged = held_back,
                backoff_ms = self.delay.as_millis() as u64,
                "accept failed; backing off"
            );
        }
        tokio::time::sleep(self.delay).await;
        self.delay = (self.delay * 2).min(MAX_BACKOFF);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn log_lines_are_rate_limited() {
        let mut log = RateLimitedLog::default();
        assert_eq!(log.allow(), Some(0));
        for _ in 0..1000 {
            assert_eq!(log.allow(), None);
        }
        log.last = Some(Instant::now() - LOG_EVERY);
        assert_eq!(log.allow(), Some(1000));
    }
}
