//! Files that hold secrets at rest (the SQLite database and its journal, `.eml` mail with
//! follow-up links, the key file): readable by the service's own user only. A folder the
//! service creates is 0700; a file it keeps is 0600, whatever the umask.

use std::path::Path;

/// Creates `dir` (and missing parents) with mode 0700; an existing folder is left as it is,
/// but `Some(warning)` says when others may read it.
pub fn private_dir(dir: &Path) -> Result<Option<String>, String> {
    let existed = dir.is_dir();
    let mut builder = std::fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    std::os::unix::fs::DirBuilderExt::mode(&mut builder, 0o700);
    builder
        .create(dir)
        .map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
    #[cfg(unix)]
    if existed {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(dir)
            .map(|m| m.permissions().mode())
            .unwrap_or(0);
        if mode & 0o077 != 0 {
            return Ok(Some(format!(
                "{} is open to other users (mode {:o}): it holds secrets, make it 0700",
                dir.display(),
                mode & 0o777
            )));
        }
    }
    Ok(None)
}

/// Makes an existing file 0600 (only when it is not already: no write on every call).
pub fn private_file(path: &Path) -> Result<(), String> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let Ok(meta) = std::fs::metadata(path) else {
            return Ok(());
        };
        if meta.permissions().mode() & 0o077 != 0 {
            std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o600))
                .map_err(|e| format!("cannot make {} private: {e}", path.display()))?;
        }
    }
    Ok(())
}
