//! A collation-tolerant sort key for lists shown in a language (member states by their
//! localised names): case and the accents of Latin letters do not count, so "Österreich"
//! sorts with O and "Émirats" with E instead of after Z as raw code points would.

/// `text` folded for sorting: lower case, accented Latin letters as their base letters,
/// ligatures and ß spelt out. The text itself breaks ties, so the order stays total.
pub fn sort_key(text: &str) -> (String, String) {
    let mut key = String::with_capacity(text.len());
    for c in text.chars().flat_map(char::to_lowercase) {
        match fold(c) {
            Some(base) => key.push_str(base),
            None => key.push(c),
        }
    }
    (key, text.to_string())
}

/// The base letters of an accented Latin letter (lower case), if `c` is one.
fn fold(c: char) -> Option<&'static str> {
    Some(match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' => "a",
        'ç' | 'ć' | 'č' | 'ĉ' | 'ċ' => "c",
        'ď' | 'đ' => "d",
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ė' | 'ę' | 'ě' => "e",
        'ğ' | 'ġ' | 'ģ' => "g",
        'ħ' => "h",
        'ì' | 'í' | 'î' | 'ï' | 'ī' | 'į' | 'ı' => "i",
        'ķ' => "k",
        'ĺ' | 'ļ' | 'ľ' | 'ł' => "l",
        'ñ' | 'ń' | 'ņ' | 'ň' => "n",
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ő' => "o",
        'ŕ' | 'ř' => "r",
        'ś' | 'ş' | 'š' | 'ș' => "s",
        'ţ' | 'ť' | 'ț' => "t",
        'ù' | 'ú' | 'û' | 'ü' | 'ū' | 'ů' | 'ű' | 'ų' => "u",
        'ý' | 'ÿ' => "y",
        'ź' | 'ż' | 'ž' => "z",
        'æ' => "ae",
        'œ' => "oe",
        'ß' => "ss",
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::sort_key;

    #[test]
    fn accents_and_case_do_not_count() {
        let mut names = vec![
            "Zypern",
            "Österreich",
            "Polen",
            "Niederlande",
            "Émirats",
            "estonie",
        ];
        names.sort_by_key(|n| sort_key(n));
        assert_eq!(
            names,
            [
                "Émirats",
                "estonie",
                "Niederlande",
                "Österreich",
                "Polen",
                "Zypern"
            ]
        );
    }
}
