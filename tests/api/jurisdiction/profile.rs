//! Spec §2.2, NIS2 Art. 26: the entity profile through the browser form.
