//! Prints every problem in the shipped content, one a line (as the build does), or "ok".
fn main() {
    match joint_intake_content::shipped() {
        Ok(_) => println!("ok"),
        Err(problems) => problems.iter().for_each(|problem| println!("{problem}")),
    }
}
