//! REST operations, one module per API area. Each handler is headed by the `METHOD /path`
//! it serves; `dispatch` wires them into the generated `signal_api::Api` trait.

use std::sync::Arc;

use crate::state::AppState;

/// Builds a generated upload-attributes model (`$ty`) from a [`crate::domain::cdn::PolicyForm`]: its
/// seven form fields, plus the extra `field: value`s given.
macro_rules! policy_form_model {
    ($ty:path, $form:expr $(, $field:ident: $value:expr)* $(,)?) => {{
        let form: $crate::domain::cdn::PolicyForm = $form;
        $ty {
            key: Some(form.key),
            credential: Some(form.credential),
            acl: Some(form.acl),
            algorithm: Some(form.algorithm),
            date: Some(form.date),
            policy: Some(form.policy),
            signature: Some(form.signature),
            $($field: $value,)*
        }
    }};
}
pub(crate) use policy_form_model;

pub mod accounts;
pub mod archives;
pub mod attachments;
pub mod calling;
pub mod certificates;
pub mod challenges;
pub mod context;
pub mod credentials;
pub mod devicecheck;
pub mod devices;
pub mod donations;
pub mod keepalive;
pub mod key_transparency;
pub mod keys;
pub mod messages;
pub mod payments;
pub mod profiles;
pub mod provisioning;
pub mod registration;
pub mod remote_config;
pub mod stickers;
pub mod usernames;
pub mod verification;

mod dispatch;

/// The implementation of the generated API trait.
#[derive(Clone)]
pub struct Handlers {
    pub state: Arc<AppState>,
}

impl Handlers {
    pub fn new(state: Arc<AppState>) -> Handlers {
        Handlers { state }
    }
}
