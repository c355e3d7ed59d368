# Mestre — دری (Dari). Short, plain sentences.
# This file: the app itself: its name, languages, navigation, formats.
# review: translated by the development team from Persian with Dari word choices; a native Dari speaker should check it.

app-name = Mestre
loading = در حال بار شدن …

## Language
language-name = دری
language-choose-title = زبان خود را انتخاب کنید
language-change = تبدیل زبان

## Navigation
nav-back = پس
nav-home = صفحهٔ اول
logout = بیرون شدن

## Formats
format-temperature = { NUMBER($value, minimumFractionDigits: 1, maximumFractionDigits: 1) } °C
format-date = { DATETIME($date) }
