# Mestre — ትግርኛ (Tigrinya). Short, plain sentences.
# This file: the app itself: its name, languages, navigation, formats.
# review: the whole file needs a check by a native Tigrinya speaker at the café.

app-name = Mestre
loading = ይጽዓን ኣሎ …

## Language
language-name = ትግርኛ
language-greeting = ሰላም
language-choose-title = ቋንቋኺ ምረጺ
language-change = ቋንቋ ቀይሪ

## Navigation
nav-back = ንድሕሪት
nav-home = መበገሲ
logout = ውጺ

## Formats
format-temperature = { NUMBER($value, minimumFractionDigits: 1, maximumFractionDigits: 1) } °C
# The date in this language's order, with Latin digits (the same on screen, in speech and on labels).
format-date = { $day }/{ $month }/{ $year }
nav-next = ዝቕጽል
saved = ተዓቂቡ
idle-still-here = ገና ኣለኺ ዶ?
idle-stay = ኣለኹ
