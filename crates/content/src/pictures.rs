//! Fills each picture of `content/decision.json` from `content/evidence.json`: the picture names a
//! study and one of its counted outcomes, and gets every arm's count and whether the outcome is a
//! benefit or a harm from the study's record, so no count is typed twice and no arm is left out.

use joint_intake_model::decision::{self, ArmCount, Decision};
use joint_intake_model::problems::ContentError;

use crate::evidence::{self, Evidence};

/// Fills every picture it can, reporting each one it cannot (or that types its own counts).
pub fn fill_pictures(decision: &mut Decision, evidence: &Evidence, problems: &mut Vec<ContentError>) {
    for (index, picture) in decision.pictures.iter_mut().enumerate() {
        let at = format!("pictures[{index}]");
        let mut complain = |field: &str, message: String| {
            problems.push(ContentError::new(decision::FILE, format!("{at}.{field}"), message));
        };
        if picture.kind.is_some() || !picture.arms.is_empty() {
            let field = if picture.arms.is_empty() { "kind" } else { "arms" };
            complain(field, format!("comes from {}: name only the study and the outcome", evidence::FILE));
            continue;
        }
        let Some(record) = evidence.record(&picture.study) else {
            complain("study", format!("\"{}\" has no record in {}", picture.study, evidence::FILE));
            continue;
        };
        let Some(outcome) = record.outcome(&picture.outcome) else {
            complain(
                "outcome",
                format!("\"{}\" is not an outcome of {} in {}", picture.outcome, picture.study, evidence::FILE),
            );
            continue;
        };
        if outcome.counts.is_empty() {
            complain(
                "outcome",
                format!(
                    "\"{}\" of {} gives averages, not counts: a picture shows how many people had something",
                    picture.outcome, picture.study
                ),
            );
            continue;
        }
        if record.arms.len() < 2 {
            complain(
                "study",
                format!("{} has one group only: a picture needs the group it is compared with", picture.study),
            );
            continue;
        }
        picture.kind = outcome.kind;
        picture.arms = record
            .arms
            .iter()
            .map(|arm| ArmCount {
                arm: arm.id.clone(),
                events: outcome.counts.get(&arm.id).copied().unwrap_or_default(),
                of: arm.size,
            })
            .collect();
    }
}
