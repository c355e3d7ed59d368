//! Finding a word by what she types, in either language: case, accents and the letters
//! people type interchangeably do not matter. "brod" finds *brød*, "kjoleskap" finds
//! *kjøleskap*, Arabic without its vowel marks or with a plain alef finds the word
//! written with them, and Ethiopic letters that sound the same in Tigrinya (ሠ/ሰ, ፀ/ጸ,
//! ኀ/ሀ) find each other.

use unicode_normalization::char::is_combining_mark;
use unicode_normalization::UnicodeNormalization;

/// `text` as search compares it: lower case, without accents or vowel marks, with
/// interchangeable letters made one, words separated by single spaces.
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut space = true;
    for c in text.nfkd() {
        if is_combining_mark(c) || is_ignored(c) {
            continue;
        }
        if c.is_whitespace() || is_separator(c) {
            if !space {
                out.push(' ');
                space = true;
            }
            continue;
        }
        space = false;
        match c {
            'ø' | 'Ø' => out.push('o'),
            'æ' | 'Æ' => out.push_str("ae"),
            'œ' | 'Œ' => out.push_str("oe"),
            'ß' => out.push_str("ss"),
            'đ' | 'Đ' => out.push('d'),
            'ł' | 'Ł' => out.push('l'),
            'ı' => out.push('i'),
            _ => match same_letter(c) {
                Some(one) => out.push(one),
                None => out.extend(c.to_lowercase()),
            },
        }
    }
    if out.ends_with(' ') {
        out.pop();
    }
    out
}

/// Marks that carry no letter of their own: Arabic tatweel, the zero-width joiners.
fn is_ignored(c: char) -> bool {
    matches!(c, '\u{0640}' | '\u{200C}' | '\u{200D}' | '\u{200E}' | '\u{200F}' | '\u{2068}' | '\u{2069}')
}

fn is_separator(c: char) -> bool {
    matches!(
        c,
        '-' | '_' | '/' | ',' | '.' | ';' | ':' | '!' | '?' | '(' | ')' | '"' | '\'' | '«' | '»' | '،' | '؛' | '؟' | '።' | '፣' | '፤'
    )
}

/// Letters typed for one another, made one.
fn same_letter(c: char) -> Option<char> {
    let folded = match c {
        // Arabic script: the alef forms, alef maqsura and the two yehs, teh marbuta, the
        // hamza seats, and the Arabic and Persian kaf (Persian and Dari keyboards differ).
        'أ' | 'إ' | 'آ' | 'ٱ' => 'ا',
        'ى' | 'ي' | 'ئ' | 'ی' => 'ی',
        'ة' => 'ه',
        'ؤ' => 'و',
        'ك' | 'ک' => 'ک',
        'ۀ' => 'ه',
        // Ethiopic: letters that sound alike in Tigrinya, each series of seven or eight.
        '\u{1220}'..='\u{1227}' => char::from_u32(c as u32 + 0x10)?, // ሠ → ሰ
        '\u{1340}'..='\u{1347}' => char::from_u32(c as u32 - 0x08)?, // ፀ → ጸ
        '\u{1280}'..='\u{1287}' => char::from_u32(c as u32 - 0x80)?, // ኀ → ሀ
        _ => return None,
    };
    Some(folded)
}

/// How well a word's folded text answers a folded query; higher is better, 0 not at all.
pub fn score(folded_text: &str, folded_query: &str) -> u32 {
    if folded_query.is_empty() || folded_text.is_empty() {
        return 0;
    }
    if folded_text == folded_query {
        return 4;
    }
    if folded_text.starts_with(folded_query) {
        return 3;
    }
    if folded_text.split(' ').any(|word| word.starts_with(folded_query)) {
        return 2;
    }
    if folded_text.contains(folded_query) {
        return 1;
    }
    0
}
