//! What the widget says when it cannot run — its files would not load, it stopped, or its content
//! cannot be used: one wording in every such case, shown by `embed.js` (which gets it as the
//! generated `crates/web/src/embed/failure-message.json`), the web shell's panic hook and the
//! load-error view. It lives in code, not in the content files, because those may be what failed.

/// The message in one language.
#[derive(Debug, PartialEq, Eq)]
pub struct FailureMessage {
    pub language: &'static str,
    pub title: &'static str,
    pub body: &'static str,
    /// The contact link's text when the host gave no clinic name.
    pub contact_clinic: &'static str,
    /// The contact link's text with the clinic's name in place of [`CLINIC`].
    pub contact_named: &'static str,
}

/// Stands for the clinic's name in [`FailureMessage::contact_named`].
pub const CLINIC: &str = "{clinic}";

/// The message in every language it is written in; the first is the default.
pub const FAILURE_MESSAGES: &[FailureMessage] = &[
    FailureMessage {
        language: "en",
        title: "Sorry, this questionnaire could not be shown",
        body: "Please reload the page or try again later. Nothing you entered was sent anywhere.",
        contact_clinic: "Contact the clinic",
        contact_named: "Contact {clinic}",
    },
    FailureMessage {
        language: "es",
        title: "Lo sentimos, no se pudo mostrar este cuestionario",
        body: "Vuelva a cargar la página o inténtelo más tarde. Nada de lo que escribió se envió a ninguna parte.",
        contact_clinic: "Póngase en contacto con la clínica",
        contact_named: "Póngase en contacto con {clinic}",
    },
];

/// The message in `language` (the code [`crate::settings::choose_language`] chose out of the
/// languages of [`FAILURE_MESSAGES`]), else the default.
pub fn failure_message(language: &str) -> &'static FailureMessage {
    FAILURE_MESSAGES.iter().find(|message| message.language == language).unwrap_or(&FAILURE_MESSAGES[0])
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::settings::choose_language;

    #[test]
    fn a_regional_tag_gets_its_language_and_anything_else_english() {
        let languages: Vec<&str> = FAILURE_MESSAGES.iter().map(|message| message.language).collect();
        let message = |preferences: &[&str]| failure_message(&choose_language(preferences.iter().copied(), &languages));
        assert_eq!(message(&["es_MX"]).language, "es");
        assert_eq!(message(&["fr", "es-419"]).language, "es");
        assert_eq!(message(&["fr"]).language, "en");
        assert_eq!(message(&[]).language, "en");
        assert_eq!(failure_message("").language, "en");
    }

    #[test]
    fn every_language_names_the_clinic_in_its_contact_link() {
        for message in FAILURE_MESSAGES {
            assert!(message.contact_named.contains(CLINIC), "{}", message.language);
            assert!(!message.contact_clinic.contains(CLINIC), "{}", message.language);
        }
    }
}
