# Mestre — دری (Dari). Short, plain sentences.
# This file: the app itself: its name, languages, navigation, formats.
# review: translated by the development team from Persian with Dari word choices; a native Dari speaker should check it.

app-name = Mestre
loading = در حال بار شدن …

## Language
language-name = دری
language-greeting = سلام
language-choose-title = زبان خود را انتخاب کنید
language-change = تبدیل زبان

## Navigation
nav-back = پس
nav-home = صفحهٔ اول
logout = بیرون شدن

## Formats
format-temperature = { NUMBER($value, minimumFractionDigits: 1, maximumFractionDigits: 1) } °C
# The date in this language's order, with Latin digits (the same on screen, in speech and on labels).
format-date = { $year }/{ $month }/{ $day }
nav-next = بعدی
saved = ذخیره شد
idle-still-here = هنوز اینجا هستید؟
idle-stay = اینجا هستم
