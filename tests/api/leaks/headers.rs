//! Issue 12: bad header-bound input is a 400 (or is ignored) before anything is written, never
//! a 500.
