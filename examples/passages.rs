//! Calibration aid: print the passages `align` finds, one member per line.
//! `cargo run --example passages -- FILES...`
fn main() -> Result<(), Box<dyn std::error::Error>> {
    let paths: Vec<String> = std::env::args().skip(1).collect();
    let docs = wirediff::load_all(&paths, &wirediff::LoadOptions::default())?;
    let a = wirediff::align(&docs, &wirediff::AlignOptions::default());
    for (k, p) in a.passages.iter().enumerate() {
        println!("passage {k} ({})", p.kind.name());
        for m in &p.members {
            let text: String = docs[m.doc]
                .sentence_text(m.sentence)
                .chars()
                .take(110)
                .collect();
            println!(
                "  {:>2} #{:<2} {:<8} {:.2} {}",
                m.doc,
                m.sentence,
                m.kind.name(),
                m.similarity,
                text.replace('\n', " ")
            );
        }
    }
    println!("unique: {}", a.unique.len());
    Ok(())
}
