# Mestre — Українська.
# This file: trust — changes a device sent that were not allowed, and why.

## Why a change was refused
refusal-unsigned = Зміну не підписав її пристрій.
refusal-unknown-device = Цей пристрій не належить до кафе.
refusal-bad-signature = Підпис не збігається. Зміна може бути підробленою.
refusal-stamp-out-of-range = Час зміни неможливий.
refusal-device-retired = Пристрій уже був відключений, коли зробили зміну.
refusal-invalid = Значення неправильне або завелике.
refusal-unknown-author = Цієї людини немає в кафе.
refusal-not-owner = Це належить іншій людині.
refusal-owner-changed = Зміна намагалася передати це іншій людині.
refusal-needs-mentor = Це може зробити лише наставниця.
refusal-unknown-mentor-key = Ключ наставниці тут невідомий.
refusal-bad-mentor-signature = Підпис наставниці не збігається.
refusal-mentor-key-revoked = Ключ наставниці було відкликано.
refusal-append-only = Запис у журналі не можна змінити.

## What a change was about
record-device-intro = Пристрій
record-mentor-key = Ключ наставниці
record-cafe = Кафе
record-person = Людина
record-credential = Пароль або PIN із картинок
record-media = Фото або запис
record-diary-day = День у щоденнику
record-diary-item = Щось у щоденнику
record-diary-comment = Коментар
record-prompt-clip = Записаний звук
record-word = Слово
record-word-translation = Слово іншою мовою
record-word-review = Відповідь у вправі зі словами
record-ingredient = Інгредієнт
record-recipe = Рецепт
record-recipe-step = Крок рецепта
record-recipe-ingredient = Інгредієнт у рецепті
record-menu-dish = Страва в меню тижня
record-fridge-routine = Власний термін зберігання продукту в кафе
record-fridge-practice = Результат вправи з холодильником
record-fridge-label = Надрукована етикетка
record-fridge-reading = Вимір температури

## The mentor's list of refused changes
quarantine-title = Зупинені зміни
quarantine-count = Зупинено: { $count }
quarantine-help = Пристрій надіслав ці зміни, але вони не були дозволені. Їх збережено, але не застосовано.
quarantine-none = Жодну зміну не зупинено.
quarantine-from = { $who } на { $device }
quarantine-set-aside = Не збережено в журналі
quarantine-open = Переглянути зупинені зміни
record-competence-plan = Ціль у плані учасниці
record-competence-rating = Самооцінка учасниці
record-competence-evidence = Доказ, пов'язаний з ціллю
record-competence-mark = Підписана позначка наставниці (P, F, K)
# review: to be checked by a native speaker
record-review-seen = Що наставниця переглянула в учасниці
# review: to be checked by a native speaker
record-practice-suggestion = Пропозиція наставниці, що вправляти учасниці
# review: to be checked by a native speaker
record-erasure = Стирання учасниці
# review: to be checked by a native speaker
record-task-card = Картка завдання
# review: to be checked by a native speaker
record-fridge-food = Один із власних продуктів кафе
# review: to be checked by a native speaker
record-competence-aim = Одна з власних цілей кафе
# review: to be checked by a native speaker
record-content-language = Вміст однією мовою: текст або запис
