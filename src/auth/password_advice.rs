//! zxcvbn's advice on a guessable password in the reader's language: its warning and
//! suggestions are enum variants, each said by its own `staff-zxcvbn-…` message rather than by
//! zxcvbn's English `Display`.

use crate::words::Tr;
use zxcvbn::feedback::{Feedback, Suggestion, Warning};

/// zxcvbn's feedback as sentences in `tr`'s language, or the catalogue's general advice when
/// zxcvbn gave none.
pub fn say(tr: &Tr, feedback: Option<&Feedback>) -> String {
    let mut said: Vec<String> = Vec::new();
    if let Some(f) = feedback {
        said.extend(f.warning().map(|w| warning(tr, w)));
        said.extend(f.suggestions().iter().map(|s| suggestion(tr, *s)));
    }
    if said.is_empty() {
        said.push(tr.t("staff-password-advice"));
    }
    said.join(" ")
}

fn warning(tr: &Tr, w: Warning) -> String {
    match w {
        Warning::StraightRowsOfKeysAreEasyToGuess => tr.t("staff-zxcvbn-straight-rows"),
        Warning::ShortKeyboardPatternsAreEasyToGuess => tr.t("staff-zxcvbn-keyboard-patterns"),
        Warning::RepeatsLikeAaaAreEasyToGuess => tr.t("staff-zxcvbn-repeats-aaa"),
        Warning::RepeatsLikeAbcAbcAreOnlySlightlyHarderToGuess => {
            tr.t("staff-zxcvbn-repeats-abcabc")
        }
        Warning::ThisIsATop10Password => tr.t("staff-zxcvbn-top10"),
        Warning::ThisIsATop100Password => tr.t("staff-zxcvbn-top100"),
        Warning::ThisIsACommonPassword => tr.t("staff-zxcvbn-common"),
        Warning::ThisIsSimilarToACommonlyUsedPassword => tr.t("staff-zxcvbn-similar"),
        Warning::SequencesLikeAbcAreEasyToGuess => tr.t("staff-zxcvbn-sequences"),
        Warning::RecentYearsAreEasyToGuess => tr.t("staff-zxcvbn-recent-years"),
        Warning::AWordByItselfIsEasyToGuess => tr.t("staff-zxcvbn-word-alone"),
        Warning::DatesAreOftenEasyToGuess => tr.t("staff-zxcvbn-dates"),
        Warning::NamesAndSurnamesByThemselvesAreEasyToGuess => tr.t("staff-zxcvbn-names-alone"),
        Warning::CommonNamesAndSurnamesAreEasyToGuess => tr.t("staff-zxcvbn-common-names"),
    }
}

fn suggestion(tr: &Tr, s: Suggestion) -> String {
    match s {
        Suggestion::UseAFewWordsAvoidCommonPhrases => tr.t("staff-zxcvbn-few-words"),
        Suggestion::NoNeedForSymbolsDigitsOrUppercaseLetters => tr.t("staff-zxcvbn-no-symbols"),
        Suggestion::AddAnotherWordOrTwo => tr.t("staff-password-advice"),
        Suggestion::CapitalizationDoesntHelpVeryMuch => tr.t("staff-zxcvbn-capitals"),
        Suggestion::AllUppercaseIsAlmostAsEasyToGuessAsAllLowercase => {
            tr.t("staff-zxcvbn-all-upper")
        }
        Suggestion::ReversedWordsArentMuchHarderToGuess => tr.t("staff-zxcvbn-reversed"),
        Suggestion::PredictableSubstitutionsDontHelpVeryMuch => tr.t("staff-zxcvbn-substitutions"),
        Suggestion::UseALongerKeyboardPatternWithMoreTurns => tr.t("staff-zxcvbn-longer-pattern"),
        Suggestion::AvoidRepeatedWordsAndCharacters => tr.t("staff-zxcvbn-avoid-repeats"),
        Suggestion::AvoidSequences => tr.t("staff-zxcvbn-avoid-sequences"),
        Suggestion::AvoidRecentYears => tr.t("staff-zxcvbn-avoid-recent-years"),
        Suggestion::AvoidYearsThatAreAssociatedWithYou => tr.t("staff-zxcvbn-avoid-your-years"),
        Suggestion::AvoidDatesAndYearsThatAreAssociatedWithYou => {
            tr.t("staff-zxcvbn-avoid-your-dates")
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::words::Lang;

    #[test]
    fn a_common_password_is_said_in_french_and_german() {
        let judged = zxcvbn::zxcvbn("password", &[]);
        let fr = say(&Tr::new(Lang::Fr), judged.feedback());
        let de = say(&Tr::new(Lang::De), judged.feedback());
        let en = say(&Tr::new(Lang::En), judged.feedback());
        assert!(en.contains("top-10"), "{en}");
        assert!(fr.contains("10 mots de passe les plus courants"), "{fr}");
        assert!(de.contains("10 häufigsten Passwörter"), "{de}");
    }

    #[test]
    fn no_feedback_gives_the_general_advice() {
        let nl = say(&Tr::new(Lang::Nl), None);
        assert_eq!(nl, Tr::new(Lang::Nl).t("staff-password-advice"));
    }
}
