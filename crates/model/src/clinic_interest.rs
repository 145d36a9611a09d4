//! The clinic's own interest in plain words: what the clinic showing the widget declared it sells
//! (`data-clinic-sells`), said on the results and in the printed and saved summary.

use crate::i18n::Strings;
use crate::settings::Settings;

/// Keys of the interface strings this module uses (each language must define them).
pub const SELLS: &str = "contact.clinic_sells";
pub const SELLS_GENERIC: &str = "contact.clinic_sells_generic";
pub const SELLS_NONE: &str = "contact.clinic_sells_none";
pub const SELLS_NONE_GENERIC: &str = "contact.clinic_sells_none_generic";
pub const STEM_CELLS: &str = "contact.sells.stem_cells";
pub const PRP: &str = "contact.sells.prp";
pub const BOTH: &str = "contact.sells.both";
pub const EARNS: &str = "contact.clinic_earns";

/// "Joint Care Clinic sells PRP injections. A clinic earns money from the treatments it
/// sells." — or, without a clinic name, "This clinic sells …"; for a clinic that declared `none`,
/// that it does not sell these treatments. `None` when the clinic declared nothing: then the
/// results keep the general "may offer" sentence and the summary says nothing of the clinic.
pub fn clinic_interest(ui: &Strings, settings: &Settings) -> Option<String> {
    let sells = settings.clinic_sells?;
    let clinic = settings.clinic_name.as_deref();
    let key = match (sells.is_none(), clinic.is_some()) {
        (true, true) => SELLS_NONE,
        (true, false) => SELLS_NONE_GENERIC,
        (false, true) => SELLS,
        (false, false) => SELLS_GENERIC,
    };
    let treatments = match (sells.stem_cells, sells.prp) {
        (true, true) => BOTH,
        (true, false) => STEM_CELLS,
        _ => PRP,
    };
    // One fill for every case (a generic text has no `{clinic}`, a `none` text no
    // `{treatments}`). The treatments go in first, so a clinic name that contains
    // "{treatments}" stays as written.
    let mut text = ui.fill(key, &[("treatments", ui.get(treatments)), ("clinic", clinic.unwrap_or_default())]);
    if !sells.is_none() {
        text.push(' ');
        text.push_str(ui.get(EARNS));
    }
    Some(text)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::settings::ClinicSells;

    fn ui() -> Strings {
        Strings::new(
            [
                (SELLS, "{clinic} sells {treatments}."),
                (SELLS_GENERIC, "This clinic sells {treatments}."),
                (SELLS_NONE, "{clinic} sells none."),
                (SELLS_NONE_GENERIC, "This clinic sells none."),
                (STEM_CELLS, "stem cells"),
                (PRP, "PRP"),
                (BOTH, "stem cells and PRP"),
                (EARNS, "Earns."),
            ]
            .into_iter()
            .map(|(key, text)| (key.to_owned(), text.to_owned()))
            .collect(),
        )
    }

    fn say(name: Option<&str>, sells: Option<(bool, bool)>) -> Option<String> {
        let settings = Settings {
            clinic_name: name.map(Into::into),
            clinic_sells: sells.map(|(stem_cells, prp)| ClinicSells { stem_cells, prp }),
            ..Settings::default()
        };
        clinic_interest(&ui(), &settings)
    }

    #[test]
    fn names_the_clinic_and_what_it_sells_then_that_it_earns_from_it() {
        assert_eq!(say(Some("Joint Care"), Some((false, true))).as_deref(), Some("Joint Care sells PRP. Earns."));
        assert_eq!(
            say(Some("Joint Care"), Some((true, false))).as_deref(),
            Some("Joint Care sells stem cells. Earns.")
        );
        assert_eq!(say(None, Some((true, true))).as_deref(), Some("This clinic sells stem cells and PRP. Earns."));
    }

    #[test]
    fn none_is_a_declaration_and_silence_says_nothing() {
        assert_eq!(say(Some("Joint Care"), Some((false, false))).as_deref(), Some("Joint Care sells none."));
        assert_eq!(say(None, Some((false, false))).as_deref(), Some("This clinic sells none."));
        assert_eq!(say(Some("Joint Care"), None), None);
    }

    #[test]
    fn a_clinic_name_is_never_read_as_a_placeholder() {
        assert_eq!(say(Some("{treatments}"), Some((false, true))).as_deref(), Some("{treatments} sells PRP. Earns."));
    }
}
