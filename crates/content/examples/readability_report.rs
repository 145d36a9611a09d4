//! Prints every section's reading level: Flesch–Kincaid grade (English) and Fernández-Huerta
//! reading ease (Spanish). `cargo run -p joint-intake-content --example readability_report`
use joint_intake_content::readability::flesch_kincaid_grade;
use joint_intake_content::readability_es::fernandez_huerta;

fn main() {
    let content = joint_intake_content::shipped().unwrap_or_else(|problems| {
        for problem in problems {
            eprintln!("{problem}");
        }
        std::process::exit(1)
    });
    let (en, es) = (content.language("en"), content.language("es"));
    // With a section id, show each line's counts, to find what makes it hard.
    if let Some(id) = std::env::args().nth(1) {
        for (code, language) in [("en", en), ("es", es)] {
            let Some(section) = language.sections.get(&id) else { continue };
            for line in section.plain_text().lines() {
                let (words, grade) = if code == "en" {
                    let stats = joint_intake_content::readability::text_stats(line);
                    (stats, flesch_kincaid_grade(line))
                } else {
                    let stats = joint_intake_content::readability_es::text_stats(line);
                    (stats, fernandez_huerta(line))
                };
                println!(
                    "{code} {grade:>6.1} w{:>3} s{:>2} y{:>4}  {}",
                    words.words,
                    words.sentences,
                    words.syllables,
                    line.chars().take(90).collect::<String>()
                );
            }
        }
        return;
    }
    println!("{:<28} {:>8} {:>8}", "section", "FK (en)", "FH (es)");
    for rule in &content.sections {
        let grade = en.sections.get(&rule.id).map(|s| flesch_kincaid_grade(&s.plain_text())).unwrap_or(f64::NAN);
        let ease = es.sections.get(&rule.id).map(|s| fernandez_huerta(&s.plain_text())).unwrap_or(f64::NAN);
        let flag = if grade > 8.0 || ease < 60.0 { "  <--" } else { "" };
        println!("{:<28} {grade:>8.1} {ease:>8.1}{flag}", rule.id);
    }
}
