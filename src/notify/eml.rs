//! Mail as `.eml` files, the zero-configuration transport: one private file per outbox
//! message, named by its id, that a reader sees whole or not at all.

use std::io::Write;
use std::path::Path;

/// Writes one message as `<outbox id>.eml`, private (0600) from its first byte, and never
/// through a planted symlink. A new message's bytes go to an unnamed file which is then given
/// its name (Linux). Where that cannot be done (a message sent again after a crash, whose
/// file exists), the bytes go to a fresh temporary name renamed over it, so a resend replaces
/// its file rather than adding one.
pub fn write_eml(dir: &Path, id: &str, bytes: &[u8]) -> Result<(), String> {
    let path = dir.join(format!("{id}.eml"));
    let fail = |e: std::io::Error| format!("writing mail file {}: {e}", path.display());
    #[cfg(target_os = "linux")]
    if link_new(dir, &path, bytes).map_err(fail)? {
        return Ok(());
    }
    replace(dir, id, &path, bytes).map_err(fail)
}

/// Linux: writes `bytes` to an unnamed file in `dir` (`O_TMPFILE`), then links it under
/// `path`. One change to the folder per message instead of a create and a rename, and the
/// new inode is found outside the folder's lock: with several senders, each waiting for that
/// lock was most of the time spent per file. `Ok(false)` where `path` exists (even as a
/// symlink: `linkat` never replaces), the link fails, or the file system has no unnamed files.
#[cfg(target_os = "linux")]
fn link_new(dir: &Path, path: &Path, bytes: &[u8]) -> std::io::Result<bool> {
    use rustix::fs::{AtFlags, Mode, OFlags, CWD};
    use rustix::io::Errno;
    use std::os::fd::AsRawFd;
    let flags = OFlags::WRONLY | OFlags::TMPFILE | OFlags::CLOEXEC;
    let mut file = match rustix::fs::open(dir, flags, Mode::from_raw_mode(0o600)) {
        Ok(fd) => std::fs::File::from(fd),
        Err(Errno::OPNOTSUPP | Errno::ISDIR | Errno::INVAL) => return Ok(false),
        Err(e) => return Err(e.into()),
    };
    file.write_all(bytes)?;
    let unnamed = format!("/proc/self/fd/{}", file.as_raw_fd());
    // Any failure (the name exists, no /proc to name the unnamed file by) leaves the message
    // to the rename path, which reports a real problem (a full disk) in its own words.
    let linked = rustix::fs::linkat(CWD, unnamed.as_str(), CWD, path, AtFlags::SYMLINK_FOLLOW);
    Ok(linked.is_ok())
}

/// Writes `bytes` to a new file of a fresh name (`O_EXCL`: never an existing file, never
/// through a symlink) and renames it over `path`.
fn replace(dir: &Path, id: &str, path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let temp = dir.join(format!(".{id}.{:016x}.tmp", rand::random::<u64>()));
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    let written = options
        .open(&temp)
        .and_then(|mut f| f.write_all(bytes))
        .and_then(|()| std::fs::rename(&temp, path));
    if written.is_err() {
        let _ = std::fs::remove_file(&temp);
    }
    written
}

#[cfg(test)]
mod tests {
    use super::write_eml;
    #[cfg(unix)]
    use std::os::unix::fs::PermissionsExt;

    /// A new message is one private file under its id, and nothing else is left in the folder.
    #[test]
    fn a_new_message_is_one_private_file() {
        let dir = tempfile::tempdir().unwrap();
        let id = "0193a1b2-0000-7000-8000-000000000003";
        write_eml(dir.path(), id, b"Subject: hello\r\n\r\nbody\r\n").unwrap();
        let path = dir.path().join(format!("{id}.eml"));
        assert_eq!(
            std::fs::read(&path).unwrap(),
            b"Subject: hello\r\n\r\nbody\r\n"
        );
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
        #[cfg(unix)]
        assert_eq!(mode(&path), 0o600);
    }

    /// A resend after a crash (same outbox id) replaces the file: one message, one file,
    /// private even where a file of that name was left readable to others.
    #[test]
    fn a_mail_file_is_private_and_a_resend_replaces_it() {
        let dir = tempfile::tempdir().unwrap();
        let id = "0193a1b2-0000-7000-8000-000000000001";
        let path = dir.path().join(format!("{id}.eml"));
        std::fs::write(&path, b"left over, readable by all").unwrap();
        #[cfg(unix)]
        std::fs::set_permissions(&path, PermissionsExt::from_mode(0o644)).unwrap();
        write_eml(dir.path(), id, b"first attempt").unwrap();
        write_eml(dir.path(), id, b"second").unwrap();
        assert_eq!(std::fs::read(&path).unwrap(), b"second");
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
        #[cfg(unix)]
        assert_eq!(mode(&path), 0o600);
    }

    /// A symlink planted under a message's name is replaced, not written through.
    #[cfg(unix)]
    #[test]
    fn a_planted_symlink_is_replaced_not_followed() {
        let dir = tempfile::tempdir().unwrap();
        let victim = dir.path().join("victim");
        std::fs::write(&victim, b"precious").unwrap();
        let id = "0193a1b2-0000-7000-8000-000000000002";
        let path = dir.path().join(format!("{id}.eml"));
        std::os::unix::fs::symlink(&victim, &path).unwrap();
        write_eml(dir.path(), id, b"mail").unwrap();
        assert_eq!(std::fs::read(&victim).unwrap(), b"precious");
        assert!(!std::fs::symlink_metadata(&path).unwrap().is_symlink());
        assert_eq!(std::fs::read(&path).unwrap(), b"mail");
        assert_eq!(mode(&path), 0o600);
    }

    /// A folder that cannot be written names the file in its error.
    #[test]
    fn a_missing_folder_is_a_clear_error() {
        let dir = tempfile::tempdir().unwrap();
        let gone = dir.path().join("gone");
        let error = write_eml(&gone, "0193a1b2-0000-7000-8000-000000000004", b"x").unwrap_err();
        assert!(error.starts_with("writing mail file "), "{error}");
        assert!(
            error.contains("0193a1b2-0000-7000-8000-000000000004.eml"),
            "{error}"
        );
    }

    #[cfg(unix)]
    fn mode(path: &std::path::Path) -> u32 {
        std::fs::metadata(path).unwrap().permissions().mode() & 0o777
    }
}
