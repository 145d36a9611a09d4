//! The Yew views rendered to HTML with Yew's server-side renderer: what a visitor (and a screen
//! reader) gets on each kind of page.
#![cfg(not(target_arch = "wasm32"))]

use joint_intake_content::testing as common;

mod support;

use std::rc::Rc;

use joint_intake_model::answers::Answers;
use joint_intake_model::validation::{FieldError, Problem};
use joint_intake_views::check_answers::{check_answers, CheckAnswersProps};
use joint_intake_views::question_page::{question_page, QuestionPageProps};
use joint_intake_views::texts::Texts;
use joint_intake_views::{App, AppProps};
use scraper::{ElementRef, Html, Selector};
use support::Results;
use yew::{BaseComponent, LocalServerRenderer};

async fn render<C: BaseComponent>(props: C::Properties) -> String {
    LocalServerRenderer::<C>::with_props(props).hydratable(false).render().await
}

// The question page and the check-answers page are plain view functions; these components
// only let the renderer show them on their own.
#[yew::component(QuestionPage)]
fn question_page_alone(props: &QuestionPageProps) -> yew::Html {
    question_page(props)
}

#[yew::component(CheckAnswers)]
fn check_answers_alone(props: &CheckAnswersProps) -> yew::Html {
    check_answers(props)
}

fn texts() -> Texts {
    let content = Rc::new(common::content());
    let english = Rc::clone(&content.languages[0]);
    Texts::new(content, english)
}

/// Elements matching a CSS selector, with their text.
fn select<'a>(document: &'a Html, selector: &str) -> Vec<ElementRef<'a>> {
    document.select(&Selector::parse(selector).expect("valid selector")).collect()
}

fn text(element: &ElementRef<'_>) -> String {
    element.text().collect()
}

fn question_props(index: usize, answers: Answers, error: Option<FieldError>) -> QuestionPageProps {
    QuestionPageProps {
        texts: texts(),
        index,
        answers,
        error,
        id_prefix: "iw1".into(),
        heading_id: "iw1-heading".into(),
        caption: None,
        on_action: Default::default(),
        on_focus: Default::default(),
    }
}

#[tokio::test]
async fn the_first_page_asks_for_the_condition_as_an_accessible_radio_group() {
    let html = render::<App>(AppProps {
        widget: Some(Rc::new(common::widget(false))),
        id_prefix: "iw1".into(),
        on_effects: Default::default(),
    })
    .await;
    let page = Html::parse_fragment(&html);
    assert_eq!(select(&page, "div.iw[lang=en]").len(), 1, "{html}");
    assert!(
        html.contains("Step 1 of 6"),
        "the first step counts the longest way through, as every step counts: {html}"
    );
    let heading = select(&page, "fieldset > legend > h1[tabindex='-1']");
    assert_eq!(heading.iter().map(text).collect::<Vec<_>>(), ["Step 1 of 6 What is your main condition?"]);
    assert_eq!(select(&page, "fieldset input[type=radio][name=iw1-condition]").len(), 9);
    for label in [
        "Rheumatoid arthritis",
        "Osteoarthritis",
        "Lupus",
        "Multiple sclerosis (MS)",
        "Another autoimmune disease",
        "A joint injury",
        "Overuse or age-related wear",
        "Bursitis or tendonitis",
        "Not sure, or not diagnosed",
    ] {
        assert!(html.contains(&format!(">{label}</label>")), "missing {label}: {html}");
    }
    for radio in select(&page, "input[type=radio]") {
        let id = radio.value().attr("id").expect("every radio has an id");
        assert_eq!(select(&page, &format!("label[for='{id}']")).len(), 1, "radio {id} has one label");
    }
    assert!(!html.contains("Back<"), "no Back link on the first step: {html}");
}

#[tokio::test]
async fn an_error_shows_a_summary_linking_to_the_field_and_an_inline_message() {
    let error = FieldError { question: "condition".into(), problem: Problem::Required };
    let html = render::<QuestionPage>(question_props(0, Answers::default(), Some(error))).await;
    let page = Html::parse_fragment(&html);
    let alert = select(&page, ".iw-error-summary [role=alert]");
    assert_eq!(alert.len(), 1, "{html}");
    assert!(text(&alert[0]).starts_with("There is a problem"), "{html}");
    let link = select(&page, ".iw-error-summary a[href='#iw1-condition-rheumatoid_arthritis']");
    assert_eq!(link.iter().map(text).collect::<Vec<_>>(), ["Select your main condition, or “Not sure”"]);
    let fieldset = &select(&page, "fieldset")[0];
    assert_eq!(fieldset.value().attr("aria-describedby"), Some("iw1-condition-hint iw1-condition-error"));
    let inline = select(&page, "p.iw-error-message#iw1-condition-error");
    assert_eq!(text(&inline[0]), "Error: Select your main condition, or “Not sure”");
}

#[tokio::test]
async fn medicines_are_checkboxes_with_brand_name_hints_and_a_separate_none() {
    let html = render::<QuestionPage>(question_props(3, Answers::default(), None)).await;
    let page = Html::parse_fragment(&html);
    assert_eq!(select(&page, "input[type=checkbox]").len(), 11);
    let nsaids = &select(&page, "#iw1-medications-nsaids")[0];
    let hint = &select(&page, &format!("#{}", nsaids.value().attr("aria-describedby").unwrap()))[0];
    assert!(text(hint).contains("ibuprofen (Advil, Motrin)"), "{html}");
    assert_eq!(select(&page, "p.iw-choices__divider").iter().map(text).collect::<Vec<_>>(), ["or"]);
    assert!(select(&page, "input[type=text]").is_empty(), "the free-text field only appears once Other is ticked");
}

#[tokio::test]
async fn other_reveals_a_labelled_length_limited_text_field_showing_text_as_text() {
    let mut answers = Answers::default();
    answers.toggle("medications", "other", true);
    answers.set_text("medications", r#""><script>alert(1)</script>"#);
    let html = render::<QuestionPage>(question_props(3, answers, None)).await;
    let page = Html::parse_fragment(&html);
    let label = select(&page, "label[for=iw1-medications-other-text]");
    assert_eq!(label.iter().map(text).collect::<Vec<_>>(), ["Name of the other medicine"]);
    let input = &select(&page, "input#iw1-medications-other-text")[0];
    assert_eq!(input.value().attr("maxlength"), Some("200"));
    assert!(select(&page, "script").is_empty(), "typed text must never become markup: {html}");
}

#[tokio::test]
async fn check_answers_lists_each_answer_with_a_change_link_named_for_screen_readers() {
    let mut answers = Answers::default();
    answers.choose("condition", "lupus");
    answers.choose("diagnosed", "yes");
    answers.toggle("medications", "nsaids", true);
    answers.toggle("medications", "other", true);
    answers.set_text("medications", "fish oil");
    answers.toggle("goals", "less_pain", true);
    let html = render::<CheckAnswers>(CheckAnswersProps {
        texts: texts(),
        answers,
        questions: vec![0, 2, 3, 4],
        heading_id: "iw1-heading".into(),
        caption: Some("Step 5 of 5".into()),
        on_action: Default::default(),
    })
    .await;
    let page = Html::parse_fragment(&html);
    let heading = select(&page, "h1").iter().map(text).collect::<Vec<_>>();
    assert_eq!(heading, ["Step 5 of 5 Check your answers"], "the step is read with the heading that takes focus");
    assert_eq!(select(&page, "dl dt").len(), 4);
    let medicines: Vec<String> = select(&page, "dd li").iter().map(text).collect();
    assert_eq!(medicines, ["Pain relievers called NSAIDs", "Another medicine: fish oil"]);
    let change = select(&page, "dd button");
    assert_eq!(text(&change[0]), "Change your answer to: Main condition", "the hidden text names the question");
    assert!(!html.contains("Where it troubles you most"), "questions that do not apply are not listed");
}

fn ra_answers() -> Answers {
    let mut answers = Answers::default();
    answers.choose("condition", "rheumatoid_arthritis");
    answers.choose("joint", "knee");
    answers.choose("diagnosed", "yes");
    answers.toggle("medications", "conventional_dmards", true);
    answers.toggle("goals", "fewer_medicines", true);
    answers
}

async fn render_results(answers: Answers) -> String {
    render::<Results>(support::results_props(texts(), answers, Rc::default())).await
}

#[tokio::test]
async fn results_lead_with_the_bottom_line_and_print_then_collapse_every_topic_caveats_first() {
    let html = render_results(ra_answers()).await;
    let page = Html::parse_fragment(&html);
    let position = |needle: &str| html.find(needle).unwrap_or_else(|| panic!("no {needle} in {html}"));
    assert!(position("iw-bottom-line") < position("iw-summary-actions"), "the answer comes first");
    assert!(position("iw-summary-actions") < position("iw-topics"), "Print and Save sit near the top");
    let buttons: Vec<String> = select(&page, ".iw-summary-actions button").iter().map(text).collect();
    assert_eq!(buttons, ["Print", "Save a copy"]);
    let topics = select(&page, "details.iw-topic");
    assert!(topics.len() >= 5, "{html}");
    assert!(topics.iter().all(|topic| topic.value().attr("open").is_none()), "detail waits to be asked for");
    assert_eq!(topics[0].value().attr("id"), Some("iw1-topic-caveats"), "the caveats lead the topics");
    let contents: Vec<String> = select(&page, "nav .iw-contents button").iter().map(text).collect();
    assert_eq!(contents.len(), 4, "options, detail, next steps and sources: {contents:?}");
    assert!(contents[3].starts_with("Sources ("), "{contents:?}");
    assert!(select(&page, "section").is_empty(), "no landmark regions for each section");
}

#[tokio::test]
async fn results_open_with_the_decision_in_one_sentence_above_the_bottom_line() {
    let html = render_results(ra_answers()).await;
    let page = Html::parse_fragment(&html);
    let english = common::content().language("en").clone();
    let decision = english.decision.get("decision.ra");
    let shown: Vec<String> = select(&page, "p.iw-decision").iter().map(text).collect();
    assert_eq!(shown, [decision], "one sentence names the choice");
    assert!(decision.contains("deciding") && decision.contains("wait"), "{decision}");
    let position = |needle: &str| html.find(needle).unwrap_or_else(|| panic!("no {needle} in {html}"));
    assert!(position("iw-decision") < position("iw-bottom-line"), "the decision comes before the bottom line");
    let printed = text(&select(&page, ".iw-print-summary")[0]);
    assert!(printed.contains(decision), "the printed summary states it too: {printed}");
    let mut no_condition = Answers::default();
    no_condition.toggle("goals", "less_pain", true);
    let html = render_results(no_condition).await;
    assert!(!html.contains("iw-decision"), "no comparison, no decision sentence");
}

#[tokio::test]
async fn each_goal_statement_opens_with_the_goal_and_holds_the_pictures_that_answer_it() {
    let mut answers = Answers::default();
    answers.choose("condition", "rheumatoid_arthritis");
    answers.toggle("goals", "less_pain", true);
    answers.toggle("goals", "fewer_medicines", true);
    let html = render_results(answers).await;
    let page = Html::parse_fragment(&html);
    let english = common::content().language("en").clone();
    let statements = select(&page, ".iw-bottom-line > ul > li");
    assert_eq!(statements.len(), 2, "less pain (which says the condition's point) and fewer medicines: {html}");
    let goals: Vec<String> =
        select(&page, ".iw-bottom-line li > strong.iw-bottom-line__goal").iter().map(text).collect();
    assert_eq!(goals, ["You hoped for less pain:", "You hoped to take fewer medicines:"]);
    // Under "less pain": its two pictures, each behind its title.
    let under_pain: Vec<String> = statements[0]
        .select(&Selector::parse("details.iw-statement__picture > summary").expect("selector"))
        .map(|summary| text(&summary))
        .collect();
    let titles = ["picture.ra_improved_1m.title", "picture.ra_improved_3m.title"].map(|key| english.decision.get(key));
    assert_eq!(under_pain, titles);
    assert_eq!(select(&page, ".iw-statement__picture figure.iw-picture").len(), 2, "every arm drawn inside");
    assert!(
        select(&page, ".iw-statement__picture figcaption").iter().all(|caption| !text(caption).contains(titles[0])),
        "the title is shown once"
    );
    assert!(statements[1].select(&Selector::parse("details").expect("selector")).next().is_none());
    // The side-effect picture answers no goal chosen here: it stays with the comparison, shown.
    let with_table = select(&page, ".iw-comparison > .iw-picture");
    assert_eq!(with_table.len(), 1);
    assert!(text(&with_table[0]).contains(english.decision.get("picture.ra_side_effects.title")));
    assert!(select(&page, ".iw-comparison .iw-more-numbers").is_empty(), "no picture is left to fold away");
}

#[tokio::test]
async fn results_show_only_what_fits_the_condition_with_one_numbered_reference_list() {
    let html = render_results(ra_answers()).await;
    let page = Html::parse_fragment(&html);
    let content = common::content();
    let english = content.language("en");
    assert!(html.contains(&english.sections["evidence_ra"].title), "the RA evidence is there");
    for other in ["evidence_oa", "evidence_ms", "evidence_lupus"] {
        assert!(!html.contains(&english.sections[other].title), "an RA visitor does not see {other}");
    }
    let references = select(&page, "details.iw-sources li.iw-sources__item");
    assert!(references.len() >= 3, "{html}");
    let mut urls: Vec<&str> =
        select(&page, ".iw-sources__item a").iter().filter_map(|a| a.value().attr("href")).collect();
    let listed = urls.len();
    urls.dedup();
    assert_eq!(urls.len(), listed, "each source is listed once");
    for link in select(&page, "a[target=_blank]") {
        assert_eq!(link.value().attr("rel"), Some("noopener noreferrer"), "no referrer leaves with a source link");
    }
    for cited in select(&page, "details.iw-cites li") {
        assert!(text(&cited).starts_with('['), "a section's sources are numbered as in the list: {}", text(&cited));
    }
    assert!(text(&select(&page, ".iw-reviewed")[0]).starts_with("Content last reviewed: 20"));
    let summary = text(&select(&page, ".iw-print-summary")[0]);
    assert!(summary.contains("Main condition") && summary.contains("Rheumatoid arthritis"), "{summary}");
    assert!(select(&page, ".iw-contact a").is_empty(), "no contact link unless the host gives a safe one");
}

#[tokio::test]
async fn content_that_cannot_load_shows_a_clear_message_not_a_blank_box() {
    use joint_intake_views::load_error::{LoadError, LoadErrorProps};
    let details = vec!["content/en/ui.json: q.joint.title: is missing".to_owned()];
    let html = render::<LoadError>(LoadErrorProps { details }).await;
    let page = Html::parse_fragment(&html);
    let alert = select(&page, "[role=alert]");
    assert_eq!(alert.len(), 1, "{html}");
    assert!(text(&alert[0]).contains("Sorry, this questionnaire could not be shown"));
    assert!(
        text(&alert[0]).contains("content/en/ui.json: q.joint.title: is missing"),
        "the site's developers see the cause"
    );
}

#[tokio::test]
async fn a_clinic_showing_the_widget_is_disclosed_before_its_link_with_neutral_next_steps() {
    use joint_intake_model::settings::Settings;
    let mut answers = Answers::default();
    answers.choose("condition", "osteoarthritis");
    answers.choose("joint", "knee");
    answers.choose("diagnosed", "yes");
    answers.toggle("medications", "nsaids", true);
    answers.toggle("goals", "less_pain", true);
    let render_with =
        |settings: Settings| render::<Results>(support::results_props(texts(), answers.clone(), Rc::new(settings)));
    let with_clinic = render_with(Settings {
        clinic_name: Some("Joint Care".into()),
        contact_url: Some("https://example.org/contact".into()),
        ..Settings::default()
    })
    .await;
    let page = Html::parse_fragment(&with_clinic);
    let contact = text(&select(&page, ".iw-contact")[0]);
    let disclosure = contact.find("Joint Care shows this information").expect(&contact);
    let neutral = contact.find("your own doctor or specialist").expect(&contact);
    let link = contact.find("Contact Joint Care").expect(&contact);
    assert!(disclosure < link && neutral < link, "{contact}");
    // Urgent-care signs show in the sections and in the summary, and "About this information" ends the topics.
    assert!(select(&page, ".iw-urgent[role=note]").len() >= 2, "{with_clinic}");
    let topics: Vec<String> = select(&page, ".iw-topic__title").iter().map(text).collect();
    assert_eq!(topics.last().map(String::as_str), Some("About this information"), "{topics:?}");

    let without_clinic = render_with(Settings::default()).await;
    assert!(!without_clinic.contains("may offer some of the treatments"), "no clinic note without a clinic");
}

/// The results for an osteoarthritis visitor, in `language`, on a page with these settings.
async fn results_with(language: &str, settings: joint_intake_model::settings::Settings) -> String {
    let mut answers = Answers::default();
    answers.choose("condition", "osteoarthritis");
    answers.choose("joint", "knee");
    answers.choose("diagnosed", "yes");
    answers.toggle("goals", "less_pain", true);
    render::<Results>(support::results_props(support::texts(language), answers, Rc::new(settings))).await
}

/// The "Next steps" disclosure and the printed summary's part about the clinic (`None` when the
/// summary has none), as text.
fn clinic_sentences(html: &str) -> (String, Option<String>) {
    let page = Html::parse_fragment(html);
    let disclosure = select(&page, ".iw-contact__disclosure").first().map(text).unwrap_or_default();
    let printed = select(&page, ".iw-print-part[data-part=clinic] li").first().map(text);
    (disclosure, printed)
}

#[tokio::test]
async fn what_the_clinic_sells_is_said_on_the_results_and_in_the_printed_summary() {
    use joint_intake_model::settings::{ClinicSells, Settings};
    let sells = |stem_cells, prp| Some(ClinicSells { stem_cells, prp });
    let named =
        |clinic_sells| Settings { clinic_name: Some("Joint Care Clinic".into()), clinic_sells, ..Settings::default() };
    let earns = "A clinic earns money from the treatments it sells.";

    let (disclosure, printed) = clinic_sentences(&results_with("en", named(sells(false, true))).await);
    let said = format!("Joint Care Clinic sells PRP injections. {earns}");
    assert!(disclosure.starts_with(&said), "{disclosure}");
    assert!(disclosure.contains("no clinic can change it"), "{disclosure}");
    assert!(!disclosure.contains("may offer"), "{disclosure}");
    assert_eq!(printed.as_deref(), Some(said.as_str()));

    let (disclosure, printed) = clinic_sentences(&results_with("en", named(sells(true, false))).await);
    assert!(disclosure.starts_with(&format!("Joint Care Clinic sells stem-cell injections. {earns}")), "{disclosure}");
    assert!(printed.is_some_and(|line| line.contains("stem-cell injections")));

    // No clinic name: a general subject, and the note shows even without a name or link.
    let generic = Settings { clinic_sells: sells(true, true), ..Settings::default() };
    let (disclosure, printed) = clinic_sentences(&results_with("en", generic.clone()).await);
    let said = format!("This clinic sells stem-cell injections and PRP injections. {earns}");
    assert!(disclosure.starts_with(&said), "{disclosure}");
    assert_eq!(printed.as_deref(), Some(said.as_str()));

    let (disclosure, printed) = clinic_sentences(&results_with("es", generic).await);
    let dicho = "Esta clínica vende inyecciones de células madre e inyecciones de PRP. Una clínica gana dinero con los tratamientos que vende.";
    assert!(disclosure.starts_with(dicho), "{disclosure}");
    assert_eq!(printed.as_deref(), Some(dicho));
}

#[tokio::test]
async fn a_clinic_selling_none_says_so_and_one_saying_nothing_keeps_may_offer() {
    use joint_intake_model::settings::{ClinicSells, Settings};
    let named =
        |clinic_sells| Settings { clinic_name: Some("Joint Care Clinic".into()), clinic_sells, ..Settings::default() };

    let (disclosure, printed) = clinic_sentences(&results_with("en", named(Some(ClinicSells::default()))).await);
    let declared = "Joint Care Clinic has declared that it does not sell stem-cell injections or PRP injections.";
    assert!(disclosure.starts_with(declared), "{disclosure}");
    assert!(!disclosure.contains("earns money") && !disclosure.contains("may offer"), "{disclosure}");
    assert_eq!(printed.as_deref(), Some(declared));
    let spanish = Settings { clinic_sells: Some(ClinicSells::default()), ..Settings::default() };
    let (disclosure, _) = clinic_sentences(&results_with("es", spanish).await);
    assert!(
        disclosure
            .starts_with("Esta clínica ha declarado que no vende inyecciones de células madre ni inyecciones de PRP."),
        "{disclosure}"
    );

    let (disclosure, printed) = clinic_sentences(&results_with("en", named(None)).await);
    assert!(
        disclosure.starts_with("Joint Care Clinic shows this information on its website, and it may offer"),
        "{disclosure}"
    );
    assert_eq!(printed, None, "the summary says nothing of a clinic that declared nothing");
    let (disclosure, printed) = clinic_sentences(&results_with("en", Settings::default()).await);
    assert_eq!((disclosure.as_str(), printed), ("", None), "no clinic, no note");
}

/// Every goal and every medicine ticked, so every section that can show for the condition does.
fn answers_with_everything(condition: &str) -> Answers {
    let content = common::content();
    let mut answers = Answers::default();
    answers.choose("condition", condition);
    answers.choose("joint", "knee");
    answers.choose("diagnosed", "yes");
    for question in ["medications", "goals"] {
        for option in &content.questionnaire.question(question).expect("asked").options {
            if !option.exclusive {
                answers.toggle(question, &option.id, true);
            }
        }
    }
    answers
}

/// The text a visitor reads in each topic's body.
fn topics_text(html: &str) -> String {
    let page = Html::parse_fragment(html);
    select(&page, ".iw-topic__body").iter().map(text).collect::<Vec<_>>().join("\n")
}

fn sources_count(html: &str, section: &str) -> String {
    let page = Html::parse_fragment(html);
    let summary = select(&page, &format!("#iw1-section-{section} .iw-cites__summary"));
    text(summary.first().unwrap_or_else(|| panic!("no sources for {section}: {html}")))
}

#[tokio::test]
async fn inside_a_section_an_ra_visitor_sees_no_block_meant_for_other_conditions() {
    let content = common::content();
    let english = content.language("en");
    let avoid_surgery = &english.sections["goal_avoid_surgery"];
    let oa_guideline = avoid_surgery.blocks[2].texts()[0];
    assert_eq!(avoid_surgery.blocks[2].only(), ["osteoarthritis", "wear_and_tear"]);
    let ahsct = english.sections["goal_slow_disease"].blocks[2].texts()[0];
    assert!(ahsct.contains("aHSCT"), "{ahsct}");

    let html = render_results(answers_with_everything("rheumatoid_arthritis")).await;
    let shown = topics_text(&html);
    assert!(shown.contains(avoid_surgery.blocks[0].texts()[0]), "blocks for everyone stay: {shown}");
    assert!(!shown.contains(oa_guideline), "no OA-only advice for RA: {shown}");
    assert!(!shown.contains(ahsct), "no MS transplant for RA: {shown}");
    let mut hidden = 0;
    for rule in
        joint_intake_model::rules::select_sections(&content.sections, &answers_with_everything("rheumatoid_arthritis"))
    {
        for block in &english.sections[&rule.id].blocks {
            if !block.applies(Some("rheumatoid_arthritis")) {
                hidden += 1;
                for line in block.texts() {
                    assert!(!shown.contains(line), "{}: an RA visitor sees \"{line}\"", rule.id);
                }
            }
        }
    }
    assert!(hidden >= 5, "the shown sections limit some blocks to other conditions ({hidden})");
    assert_eq!(sources_count(&html, "goal_avoid_surgery"), "Sources (1)", "only the shown blocks' sources");

    let html = render_results(answers_with_everything("osteoarthritis")).await;
    let shown = topics_text(&html);
    assert!(shown.contains(oa_guideline), "an OA visitor sees the OA guideline: {shown}");
    assert!(!shown.contains(ahsct), "no MS transplant for OA: {shown}");
    assert_eq!(sources_count(&html, "goal_avoid_surgery"), "Sources (3)");

    let html = render_results(answers_with_everything("multiple_sclerosis")).await;
    let shown = topics_text(&html);
    assert!(shown.contains(ahsct) && !shown.contains(oa_guideline), "{shown}");
}

#[tokio::test]
async fn a_parked_app_shows_nothing() {
    let html = render::<App>(AppProps::parked()).await;
    assert_eq!(html.trim(), "", "a parked app waits for a widget and draws nothing");
}

/// The printed summary for every condition and every goal, in every language: the comparison
/// with all its options and rows, the numbered sources it cites, the caveats with the
/// specialist — and no sentence pointing at something the paper does not hold.
#[tokio::test]
async fn the_printed_summary_holds_the_comparison_and_its_sources_and_points_at_nothing_absent() {
    let content = common::content();
    let goals: Vec<String> =
        content.questionnaire.question("goals").unwrap().options.iter().map(|o| o.id.clone()).collect();
    for comparison in &content.decision.comparisons {
        for language in ["en", "es"] {
            for goal in &goals {
                let mut answers = Answers::default();
                answers.choose("condition", &comparison.conditions[0]);
                answers.toggle("goals", goal, true);
                let html =
                    render::<Results>(support::results_props(support::texts(language), answers, Rc::default())).await;
                let page = Html::parse_fragment(&html);
                let printed = select(&page, ".iw-print-summary");
                let case = format!("{} {language} {goal}", comparison.id);
                assert_eq!(printed.len(), 1, "{case}");
                let table = select(&page, ".iw-print-summary table.iw-print-table");
                assert_eq!(table.len(), 1, "{case}: the comparison prints");
                assert_eq!(select(&page, ".iw-print-table thead th").len(), comparison.options.len(), "{case}");
                assert_eq!(select(&page, ".iw-print-table tbody tr").len(), comparison.rows.len(), "{case}");
                let sources = select(&page, ".iw-print-summary ol.iw-print-sources li");
                assert!(!sources.is_empty(), "{case}: numbered sources");
                let caveats = text(&select(&page, ".iw-print-part[data-part=caveats]")[0]);
                assert!(caveats.contains("specialist") || caveats.contains("especialista"), "{case}: {caveats}");
                // A sentence that points down the page is followed by what it points at.
                let parts = select(&page, ".iw-print-part");
                let table_at =
                    parts.iter().position(|part| part.value().attr("data-part") == Some("comparison")).unwrap();
                for (at, part) in parts.iter().enumerate() {
                    let words = part.text().collect::<Vec<_>>().join(" ").to_lowercase();
                    for pointer in [
                        "below",
                        "de abajo",
                        "above",
                        "arriba",
                        "this page",
                        "esta página",
                        "on the screen",
                        "en pantalla",
                    ] {
                        if words.contains(pointer) {
                            let points_at_table = words.contains("table") || words.contains("tabla");
                            assert!(pointer.contains("b") && points_at_table && at < table_at, "{case}: {words}");
                        }
                    }
                }
                let all = text(&printed[0]);
                assert!(
                    !all.contains("table below") || all.find("table below") < all.find(&text(&table[0])[..20]),
                    "{case}"
                );
            }
        }
    }
}

/// "Share" is drawn only where the web shell found the browser can share a file, after Print
/// and Save a copy.
#[tokio::test]
async fn share_shows_only_where_the_browser_can_share_a_file() {
    use joint_intake_model::settings::Settings;
    for (can_share_files, expected) in
        [(false, &["Print", "Save a copy"][..]), (true, &["Print", "Save a copy", "Share"][..])]
    {
        let settings = Rc::new(Settings { can_share_files, ..Settings::default() });
        let html = render::<Results>(support::results_props(support::texts("en"), ra_answers(), settings)).await;
        let page = Html::parse_fragment(&html);
        let buttons: Vec<String> = select(&page, ".iw-summary-actions button").iter().map(text).collect();
        assert_eq!(buttons, expected);
    }
}
