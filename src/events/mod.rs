//! Events between processes and layers: the bus (in-process, or Redis pub/sub), presence
//! (which devices have a websocket open), disconnection requests the domain publishes and websockets obey, and
//! the shutdown signal long-lived work waits on.

pub mod bus;
pub mod disconnect;
pub mod presence;
pub mod shutdown;
