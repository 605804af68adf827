//! Calibration aid: print every sentence pair's score above 0.1 for two files.
use wirediff::{similarity::Profiles, Document};
fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let a = Document::from_text(&args[0], std::fs::read_to_string(&args[0]).unwrap());
    let b = Document::from_text(&args[1], std::fs::read_to_string(&args[1]).unwrap());
    let p = Profiles::build(&[&a, &b]);
    for j in 0..b.sentences.len() {
        let mut best: Vec<(f32, usize)> = (0..a.sentences.len())
            .map(|i| (p.sentence_similarity(0, i, 1, j).score, i))
            .filter(|x| x.0 > 0.1)
            .collect();
        best.sort_by(|x, y| y.0.total_cmp(&x.0));
        let short = |s: &str| s.chars().take(70).collect::<String>();
        println!("N{j}: {}", short(b.sentence_text(j)));
        for (s, i) in best.iter().take(2) {
            println!("   {s:.2} O{i}: {}", short(a.sentence_text(*i)));
        }
    }
}
