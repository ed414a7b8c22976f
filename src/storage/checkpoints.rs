//! The checkpoint file: signed heads of the audit chain, one line each, kept outside the
//! database. Opened for appending only (mode 0600, created on first use); never rewritten.

use crate::domain::audit_chain::Checkpoint;
use std::io::{BufRead, Write};
use std::path::Path;

/// Appends one checkpoint line and flushes it to disk.
pub fn append(path: &Path, checkpoint: &Checkpoint) -> Result<(), String> {
    let failed = |e: std::io::Error| format!("cannot write {}: {e}", path.display());
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir).map_err(failed)?;
    }
    let mut options = std::fs::OpenOptions::new();
    options.append(true).create(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    let mut file = options.open(path).map_err(failed)?;
    // One write call per line: appends of several instances do not interleave.
    file.write_all(format!("{}\n", checkpoint.to_line()).as_bytes())
        .and_then(|()| file.sync_data())
        .map_err(failed)
}

/// Every line that holds a checkpoint, numbered from 1; a line that does not parse is an
/// error naming it. A missing file is `Ok(None)`.
pub fn read(path: &Path) -> Result<Option<Vec<(usize, Checkpoint)>>, String> {
    let file = match std::fs::File::open(path) {
        Ok(f) => f,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(format!("cannot read {}: {e}", path.display())),
    };
    let mut found = Vec::new();
    for (i, line) in std::io::BufReader::new(file).lines().enumerate() {
        let line = line.map_err(|e| format!("cannot read {}: {e}", path.display()))?;
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let checkpoint = Checkpoint::parse(line.trim())
            .map_err(|e| format!("{} line {}: {e}", path.display(), i + 1))?;
        found.push((i + 1, checkpoint));
    }
    Ok(Some(found))
}

/// The last checkpoint in the file, if any.
pub fn last(path: &Path) -> Result<Option<Checkpoint>, String> {
    Ok(read(path)?.and_then(|all| all.into_iter().last().map(|(_, c)| c)))
}
