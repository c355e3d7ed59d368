# Mestre — Українська (Ukrainian).
# This file: setting up the café.

## First-run setup
setup-title = Ласкаво просимо до Mestre
setup-intro = Спочатку створимо кафе і першого наставника.
setup-cafe-name = Назва кафе
setup-country = Країна
country-no = Норвегія
country-se = Швеція
setup-mentor-name = Ваше ім'я
setup-mentor-password = Пароль
setup-password-rule = Щонайменше { $min } символів.
setup-submit = Створити кафе
form-name-missing = Напишіть ім'я.
form-password-short = Пароль має містити щонайменше { $min } символів.
