# Mestre — فارسی (Persian). Short, plain sentences.
# This file: the app itself: its name, languages, navigation, formats.
# review: translated by the development team; a native speaker at the café should check it.

app-name = Mestre
loading = در حال بارگذاری …

## Language
language-name = فارسی
language-greeting = سلام
language-choose-title = زبان خود را انتخاب کنید
language-change = تغییر زبان

## Navigation
nav-back = برگشت
nav-home = صفحهٔ اصلی
logout = خروج

## Formats
format-temperature = { NUMBER($value, minimumFractionDigits: 1, maximumFractionDigits: 1) } °C
# The date in this language's order, with Latin digits (the same on screen, in speech and on labels).
format-date = { $year }/{ $month }/{ $day }
nav-next = بعدی
saved = ذخیره شد
idle-still-here = هنوز اینجا هستید؟
idle-stay = اینجا هستم
