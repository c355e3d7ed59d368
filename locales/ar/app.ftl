# Mestre — العربية (Arabic). Short, plain sentences.
# This file: the app itself: its name, languages, navigation, formats.
# review: translated by the development team; a native speaker at the café should check it.

app-name = Mestre
loading = جارٍ التحميل …

## Language
language-name = العربية
language-greeting = مرحباً
language-choose-title = اختاري لغتك
language-change = تغيير اللغة

## Navigation
nav-back = رجوع
nav-home = الصفحة الرئيسية
logout = خروج

## Formats
format-temperature = { NUMBER($value, minimumFractionDigits: 1, maximumFractionDigits: 1) } °م
# The date in this language's order, with Latin digits (the same on screen, in speech and on labels).
format-date = { $day }/{ $month }/{ $year }
nav-next = التالي
saved = تم الحفظ
idle-still-here = هل ما زلتِ هنا؟
idle-stay = أنا هنا
