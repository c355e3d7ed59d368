# Mestre — Українська (Ukrainian).
# This file: people: who is who, picture PIN, password, home boards, adding trainees.

## Who are you?
wall-title = Хто ви?
wall-mentors = Наставниці
wall-trainees = Учасниці
wall-empty = Учасниць ще немає. Наставниця може їх додати.
say-name = { $name }

## Picture PIN
pin-title = Натисніть свої три картинки
pin-progress = { $count } з 3
pin-clear = Почати знову

## Password
password-title = Введіть свій пароль
password-label = Пароль
password-submit = Увійти

## Trainee home board
home-greeting = Привіт, { $name }! Рада тебе бачити.

## Mentor
mentor-title = Наставниця: { $name }
mentor-trainees = Учасниці
mentor-add-trainee = Додати учасницю
mentor-no-trainees = Учасниць ще немає.
mentor-languages = Мова: { $ui }, рідна мова: { $home }

## New trainee
trainee-new-title = Нова учасниця
trainee-name = Ім'я
trainee-photo = Фото
trainee-photo-file = Вибрати фото з файлу
trainee-photo-camera = Зробити фото камерою
trainee-photo-take = Зробити фото
trainee-photo-remove = Прибрати фото
trainee-ui-lang = Мова, якою застосунок говорить з нею
trainee-home-lang = Рідна мова (показується поруч із норвезькою)
trainee-pin = PIN із картинок: виберіть три картинки
trainee-pin-repeat = Виберіть ті самі три картинки ще раз
trainee-pin-mismatch = Картинки не збіглися. Виберіть три нові картинки.
trainee-pin-done = PIN із картинок вибрано.
trainee-save = Зберегти учасницю
trainee-saved = { $name } додано.
trainee-new-pin = Новий PIN із картинок
trainee-new-pin-saved = Новий PIN із картинок збережено для { $name }.
camera-unavailable = Камеру не знайдено.

## The twelve pictures of the picture PIN
picture-apple = яблуко
picture-fish = риба
picture-sun = сонце
picture-cat = кіт
picture-car = автомобіль
picture-flower = квітка
picture-house = будинок
picture-star = зірка
picture-cup = чашка
picture-tree = дерево
picture-bread = хліб
picture-heart = серце

## Caption order and this device
mentor-caption-order = Спочатку { $language }
mentor-tablet-settings = Цей пристрій
mentor-idle = Виходити самостійно через
mentor-idle-minutes =
    { $minutes ->
        [one] { $minutes } хвилину
        [few] { $minutes } хвилини
       *[other] { $minutes } хвилин
    }
mentor-idle-never = Ніколи

## Mentors: adding, passwords, leaving
mentors-manage = Наставниці та паролі
mentors-you = { $name } (ви)
mentors-add-title = Нова наставниця
mentors-first-password = Перший пароль
mentors-add-submit = Додати наставницю
mentors-added = { $name } тепер наставниця. Дайте їй пароль. Вона може змінити його сама.
mentors-change-title = Змінити ваш пароль
mentors-old-password = Ваш теперішній пароль
mentors-new-password = Новий пароль
mentors-change-submit = Змінити пароль
mentors-changed = Ваш пароль змінено.
mentors-reset = Дати новий пароль
mentors-reset-submit = Зберегти новий пароль
mentors-reset-done = { $name } отримала новий пароль.
mentors-retire = Прибрати з наставниць
mentors-retire-confirm = Прибрати { $name } з наставниць? Вона більше не зможе увійти.
mentors-retired = { $name } більше не наставниця.
mentors-cancel = Скасувати
