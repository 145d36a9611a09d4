//! Any attribute values a host page could set, and any stored text: parsed safely, never a panic.
#![no_main]

use joint_intake_content::shipped;
use joint_intake_content::testing::parse_json;
use joint_intake_model::saved::decode;
use joint_intake_model::settings::{choose_language, read_settings, safe_contact_url};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let parts: Vec<&str> = text.splitn(4, '\u{1f}').collect();
    let value = |index: usize| parts.get(index).map(|part| (*part).to_owned());
    let known = ["osteoarthritis", "lupus", "not_sure"];
    let (settings, _) = read_settings(
        |name| match name {
            "data-clinic-name" => value(0),
            "data-contact-url" => value(1),
            "data-conditions" => value(2),
            _ => value(3),
        },
        &known,
    );
    if let Some(url) = settings.contact_url {
        assert!(safe_contact_url(&url).is_some());
    }
    let _ = choose_language(parts.iter().copied(), &["en", "es"]);
    // Stored text is read as the browser's JSON.parse reads it, then checked like any save.
    if let Ok(content) = shipped() {
        let _ = decode(&content.questionnaire, &text, parse_json);
    }
});
