# Mestre — Українська (Ukrainian).
# This file: the app itself: its name, languages, navigation, formats.

app-name = Mestre
loading = Завантаження …

## Language
language-name = Українська
language-choose-title = Оберіть мову
language-change = Змінити мову

## Navigation
nav-back = Назад
nav-home = Головна
logout = Вийти

## Formats
format-temperature = { NUMBER($value, minimumFractionDigits: 1, maximumFractionDigits: 1) } °C
format-date = { DATETIME($date) }
