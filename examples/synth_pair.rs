//! Write a generated article and a rewrite of it: `synth_pair BYTES OLD NEW [SEED] [EDIT_SHARE]`.
fn main() -> std::io::Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let bytes = args
        .first()
        .and_then(|a| a.parse().ok())
        .unwrap_or(1_000_000);
    let seed = args.get(3).and_then(|a| a.parse().ok()).unwrap_or(1);
    let share = args.get(4).and_then(|a| a.parse().ok()).unwrap_or(0.2);
    let mut rng = wirediff_synth::Rng::new(seed);
    let original = wirediff_synth::article(&mut rng, bytes);
    let rewrite = wirediff_synth::rewrite(&mut rng, &original, share);
    std::fs::write(&args[1], &original)?;
    std::fs::write(&args[2], &rewrite.text)
}
