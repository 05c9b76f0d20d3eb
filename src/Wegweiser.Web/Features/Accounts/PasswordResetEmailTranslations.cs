namespace Wegweiser.Web.Features.Accounts;

/// <summary>
/// The password-reset email in the account's language, the second part after the German text.
/// {0} is the account's name, {1} the link. Native speakers should review them, like the UI strings.
/// </summary>
internal static class PasswordResetEmailTranslations
{
    public static readonly IReadOnlyDictionary<string, (string Subject, string Text)> ByCulture = new Dictionary<string, (string, string)>(StringComparer.Ordinal)
    {
        ["en"] = (
            "New password for the Wegweiser",
            """
            Hello,

            someone asked for a new password for your account "{0}" at the Wegweiser.
            If that was you: open this link and enter a new password.

            {1}

            The link works for 2 hours. You can use it only once.

            You did not want a new password? Then you do not need to do anything.
            Your password stays the same.

            Your Wegweiser
            """),
        ["ar"] = (
            "كلمة مرور جديدة لدليل Wegweiser",
            """
            مرحباً،

            طلب أحدهم كلمة مرور جديدة لحسابك „{0}“ في دليل Wegweiser.
            إذا كنت أنت: افتح هذا الرابط وأدخل كلمة مرور جديدة.

            {1}

            الرابط صالح لمدة ساعتين. يمكنك استخدامه مرة واحدة فقط.

            لم تطلب كلمة مرور جديدة؟ إذن لا تحتاج أن تفعل شيئاً.
            كلمة المرور الحالية تبقى صالحة.

            فريق Wegweiser
            """),
        ["fa"] = (
            "رمز عبور جدید برای Wegweiser",
            """
            سلام،

            برای حساب شما „{0}“ در Wegweiser رمز عبور جدید درخواست شده است.
            اگر خودتان بودید: این پیوند را باز کنید و رمز عبور جدید را وارد کنید.

            {1}

            این پیوند ۲ ساعت اعتبار دارد. فقط یک بار می‌توانید از آن استفاده کنید.

            رمز عبور جدید نخواسته بودید؟ پس لازم نیست کاری بکنید.
            رمز عبور فعلی شما معتبر می‌ماند.

            Wegweiser
            """),
        ["uk"] = (
            "Новий пароль для Wegweiser",
            """
            Добрий день,

            для вашого облікового запису „{0}“ у Wegweiser попросили новий пароль.
            Якщо це були ви: відкрийте це посилання і введіть новий пароль.

            {1}

            Посилання діє 2 години. Його можна використати лише один раз.

            Ви не просили новий пароль? Тоді нічого робити не потрібно.
            Ваш пароль залишається чинним.

            Ваш Wegweiser
            """),
        ["ru"] = (
            "Новый пароль для Wegweiser",
            """
            Здравствуйте,

            для вашей учётной записи „{0}“ в Wegweiser запросили новый пароль.
            Если это были вы: откройте эту ссылку и введите новый пароль.

            {1}

            Ссылка действует 2 часа. Её можно использовать только один раз.

            Вы не просили новый пароль? Тогда ничего делать не нужно.
            Ваш пароль остаётся прежним.

            Ваш Wegweiser
            """),
        ["tr"] = (
            "Wegweiser için yeni şifre",
            """
            Merhaba,

            Wegweiser'daki „{0}“ hesabınız için yeni bir şifre istendi.
            Bunu siz istediyseniz: bu bağlantıyı açın ve yeni bir şifre girin.

            {1}

            Bağlantı 2 saat geçerlidir. Sadece bir kez kullanabilirsiniz.

            Yeni şifre istemediniz mi? O zaman bir şey yapmanıza gerek yok.
            Şu anki şifreniz geçerli kalır.

            Wegweiser
            """),
    };
}
