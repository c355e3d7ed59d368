# Mestre — العربية (Arabic). Short, plain sentences.
# This file: setting up the café.
# review: translated by the development team; a native speaker at the café should check it.

## First-run setup
setup-title = أهلاً بك في Mestre
setup-intro = أولاً ننشئ المقهى والمرشدة الأولى.
setup-cafe-name = اسم المقهى
setup-country = البلد
country-no = النرويج
country-se = السويد
setup-mentor-name = اسمك
setup-mentor-password = كلمة المرور
setup-password-rule = { $min } أحرف على الأقل.
setup-submit = أنشئي المقهى
form-name-missing = اكتبي اسماً.
form-password-short = يجب أن تكون كلمة المرور { $min } أحرف على الأقل.
