//! Giving freed memory back to the system.
//!
//! glibc's malloc keeps memory freed by many small allocations (2,000 closed websockets left
//! about 130 MB resident) in its arenas. After connections close, [`release_soon`] runs
//! `malloc_trim(0)` once, a second later, coalescing every close in between: the freed pages go
//! back to the system (`make bench` prints what is left after idle sockets close).

use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

/// How long after a close the trim runs (closes meanwhile share it).
const DELAY: Duration = Duration::from_secs(1);

static SCHEDULED: AtomicBool = AtomicBool::new(false);

/// Schedules one trim of the allocator's free memory, unless one is already scheduled.
pub fn release_soon() {
    if SCHEDULED.swap(true, Ordering::AcqRel) {
        return;
    }
    tokio::spawn(async {
        tokio::time::sleep(DELAY).await;
        SCHEDULED.store(false, Ordering::Release);
        let _ = tokio::task::spawn_blocking(trim).await;
    });
}

#[cfg(all(target_os = "linux", target_env = "gnu"))]
fn trim() {
    // SAFETY: malloc_trim only takes glibc's arena locks and returns free pages; it is safe
    // to call from any thread at any time.
    unsafe {
        libc::malloc_trim(0);
    }
}

#[cfg(not(all(target_os = "linux", target_env = "gnu")))]
fn trim() {}
