# Mestre — Українська (Ukrainian).
# This file: the app itself: its name, languages, navigation, formats.

app-name = Mestre
loading = Завантаження …

## Language
language-name = Українська
language-greeting = Привіт
language-choose-title = Оберіть мову
language-change = Змінити мову

## Navigation
nav-back = Назад
nav-home = Головна
logout = Вийти

## Formats
format-temperature = { NUMBER($value, minimumFractionDigits: 1, maximumFractionDigits: 1) } °C
# The date in this language's order, with Latin digits (the same on screen, in speech and on labels).
format-date = { $day }.{ $month }.{ $year }
nav-next = Далі
saved = Збережено
idle-still-here = Ви ще тут?
idle-stay = Я тут
