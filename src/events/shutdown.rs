//! Graceful shutdown: what a stopping server tells its long-lived work. When
//! [`Shutdown::begin`] is called (the listener is closed), chat and provisioning websockets
//! close with 1001 (Going Away) once their running requests are answered, so that clients
//! reconnect elsewhere, and long polls answer at once with their timeout status;
//! `Server::serve` waits (up to the grace period) for open connections and sockets.

use std::future::Future;

use tokio::sync::watch;

pub struct Shutdown {
    started: watch::Sender<bool>,
    sockets: watch::Sender<usize>,
}

impl Default for Shutdown {
    fn default() -> Self {
        Shutdown {
            started: watch::channel(false).0,
            sockets: watch::channel(0).0,
        }
    }
}

/// Counts an open websocket until dropped.
pub struct SocketGuard<'a>(&'a Shutdown);

impl Drop for SocketGuard<'_> {
    fn drop(&mut self) {
        self.0.sockets.send_modify(|n| *n -= 1);
    }
}

impl Shutdown {
    /// Starts the shutdown: everything waiting in [`Shutdown::wait`] wakes.
    pub fn begin(&self) {
        self.started.send_replace(true);
    }

    pub fn started(&self) -> bool {
        *self.started.borrow()
    }

    /// Resolves once the shutdown has begun.
    pub async fn wait(&self) {
        let mut started = self.started.subscribe();
        // The sender lives as long as `self`, so this only ends when the flag is set.
        let _ = started.wait_for(|s| *s).await;
    }

    /// Runs a long poll that answers `Ok(None)` on its timeout; a shutdown ends it with the
    /// same answer at once (polls only read, so stopping one leaves nothing half done).
    pub async fn or_none<T, E>(
        &self,
        poll: impl Future<Output = Result<Option<T>, E>>,
    ) -> Result<Option<T>, E> {
        tokio::select! {
            result = poll => result,
            _ = self.wait() => Ok(None),
        }
    }

    /// Registers an open websocket (see [`Shutdown::sockets_closed`]).
    pub fn socket(&self) -> SocketGuard<'_> {
        self.sockets.send_modify(|n| *n += 1);
        SocketGuard(self)
    }

    /// Resolves when no websocket is open.
    pub async fn sockets_closed(&self) {
        let mut open = self.sockets.subscribe();
        let _ = open.wait_for(|n| *n == 0).await;
    }
}
