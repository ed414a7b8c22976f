//! Any bytes as a posted HTML form: decoding it into the API's input types must never panic.
#![no_main]

use intake::domain::entity::EntityProfile;
use intake::domain::lifecycle::Stage;
use intake::web::forms::{decode, FormData};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(form) = FormData::parse(data) else { return };
    for stage in Stage::ALL {
        if let Ok((entity, _report)) = decode(&form, *stage, chrono_tz::UTC) {
            let _ = EntityProfile::parse(&entity);
        }
    }
});
