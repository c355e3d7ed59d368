# Mestre — Українська (Ukrainian).
# This file: every error, as a person hears it.

## Errors
error-login-failed = Це неправильно. Спробуйте ще раз.
error-login-locked =
    { $minutes ->
        [one] Забагато спроб. Зачекайте { $minutes } хвилину і спробуйте знову.
        [few] Забагато спроб. Зачекайте { $minutes } хвилини і спробуйте знову.
       *[other] Забагато спроб. Зачекайте { $minutes } хвилин і спробуйте знову.
    }
error-not-allowed = Це може зробити лише наставниця.
error-invalid-input = Перевірте, що ви написали або вибрали.
error-image-unreadable = Фото не відкривається. Воно пошкоджене або це не фото.
error-image-too-large = Фото завелике. Виберіть менше фото.
error-database-too-new = Дані створила новіша версія Mestre. Оновіть застосунок.
error-database-unavailable = Дані не вдається відкрити.
error-not-found = Не знайдено.
error-setup-state = Кафе вже налаштоване.
error-storage = Під час збереження сталася помилка. Нічого не видалено.
error-peer-unreachable = Інший пристрій не знайдено. Перевірте, що обидва в одній мережі.
error-not-paired = Цей пристрій не з'єднаний з іншим. Спочатку з'єднайте їх.
error-sync-interrupted = Синхронізацію перервано. Нічого не втрачено. Спробуйте ще раз.
error-sync-refused = Інший пристрій відмовив. Спробуйте ще раз або з'єднайте їх наново.
error-schema-mismatch = На пристроях різні версії Mestre. Оновіть обидва.
error-pairing-wrong-code = Неправильний код. Спробуйте ще раз.
error-pairing-closed = Код більше не дійсний. Попросіть новий код.
error-voice-pack-unreadable = Цей файл не є голосовим пакетом Mestre або пошкоджений.
error-recording-empty = Запис порожній. Говоріть трохи ближче і спробуйте ще раз.
error-audio-unreadable = Запис не відтворюється. Він пошкоджений.
error-microphone-missing = Мікрофон не знайдено. Попросіть наставницю допомогти.
error-microphone-busy = Мікрофон зайнятий або не працює. Спробуйте трохи згодом.
error-other-cafe = Цей пристрій належить іншому кафе.
error-pairing-busy = Інший пристрій зайнятий. Зачекайте трохи й спробуйте ще раз.
error-mentor-key-missing = Вашого ключа наставниці ще немає на цьому пристрої. Спершу синхронізуйте з комп'ютером кафе.
error-printer-unavailable = Жоден принтер не прийняв друк. PDF збережено.
error-reading-out-of-range = Термометр не може такого показати. Подивіться ще раз і введіть число знову.
error-aim-not-in-plan = Цієї цілі ще немає в її плані. Спершу додайте її до плану.
error-mark-out-of-order = Позначки йдуть по черзі: спершу P, потім F, потім K.
error-evidence-missing = Для K потрібен доказ. Спершу додайте хоча б один доказ.
error-comment-missing = Напишіть або скажіть, чому робите крок назад.
error-credential-invalid = Це свідоцтво пошкоджене або змінене після підписання. Йому не можна довіряти.
error-aim-not-checked = Open Badge створюється, коли ціль перевірено (K).
