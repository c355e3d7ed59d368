# Mestre — العربية (Arabic). Short, plain sentences.
# This file: the app itself: its name, languages, navigation, formats.
# review: translated by the development team; a native speaker at the café should check it.

app-name = Mestre
loading = جارٍ التحميل …

## Language
language-name = العربية
language-choose-title = اختاري لغتك
language-change = تغيير اللغة

## Navigation
nav-back = رجوع
nav-home = الصفحة الرئيسية
logout = خروج

## Formats
format-temperature = { NUMBER($value, minimumFractionDigits: 1, maximumFractionDigits: 1) } °م
format-date = { DATETIME($date) }
