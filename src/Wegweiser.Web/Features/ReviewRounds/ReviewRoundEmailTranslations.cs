namespace Wegweiser.Web.Features.ReviewRounds;

/// <summary>
/// The review emails in the providers' languages, the second part after the German text. {0} is
/// the link, {1} the date the link ends, {2} the number of entries. Translated for the site's
/// languages; native speakers should review them, like the UI strings.
/// </summary>
internal static class ReviewRoundEmailTranslations
{
    public sealed record Texts(string Subject, string Request, string ReminderSubject, string Reminder);

    public static readonly IReadOnlyDictionary<string, Texts> ByCulture = new Dictionary<string, Texts>(StringComparer.Ordinal)
    {
        ["en"] = new(
            "Please check your entries in the Wegweiser",
            """
            Hello,

            the Wegweiser for immigrants in the Ilm-Kreis lists {2} of your entries.
            We check regularly whether everything is still correct. Please help us.

            Open this link:

            {0}

            You will see your entries. For each entry, click "Stimmt noch" (still correct),
            or change what is no longer correct. You do not need an account.
            We read your changes and then publish them.

            The link works until {1}.

            Thank you for your help!
            Your Wegweiser team
            """,
            "Reminder: please check your entries in the Wegweiser",
            """
            Hello,

            some time ago we asked you to check your entries in the Wegweiser.
            We have no answer yet. Perhaps you missed the email.

            Here is your link again:

            {0}

            The link works until {1}. This is the only reminder.

            Thank you!
            Your Wegweiser team
            """),
        ["ar"] = new(
            "يرجى مراجعة بياناتكم في دليل Wegweiser",
            """
            مرحبًا،

            يضم دليل Wegweiser للمهاجرين في منطقة Ilm-Kreis عدد {2} من بياناتكم.
            نراجع بانتظام ما إذا كانت كل المعلومات لا تزال صحيحة. نرجو مساعدتكم.

            افتحوا هذا الرابط:

            {0}

            سترون بياناتكم. لكل بيان اضغطوا على „Stimmt noch“ (لا يزال صحيحًا)،
            أو غيّروا ما لم يعد صحيحًا. لا تحتاجون إلى حساب.
            نقرأ تغييراتكم ثم ننشرها.

            الرابط صالح حتى {1}.

            شكرًا جزيلًا لمساعدتكم!
            فريق Wegweiser
            """,
            "تذكير: يرجى مراجعة بياناتكم في دليل Wegweiser",
            """
            مرحبًا،

            طلبنا منكم قبل فترة مراجعة بياناتكم في دليل Wegweiser.
            لم يصلنا رد بعد. ربما فاتتكم الرسالة.

            هذا هو رابطكم مرة أخرى:

            {0}

            الرابط صالح حتى {1}. هذا هو التذكير الوحيد.

            شكرًا لكم!
            فريق Wegweiser
            """),
        ["fa"] = new(
            "لطفاً اطلاعات خود را در Wegweiser بررسی کنید",
            """
            سلام،

            در راهنمای Wegweiser برای مهاجران در Ilm-Kreis تعداد {2} مورد از اطلاعات شما ثبت شده است.
            ما به طور منظم بررسی می‌کنیم که آیا همه چیز هنوز درست است. لطفاً به ما کمک کنید.

            این لینک را باز کنید:

            {0}

            اطلاعات خود را می‌بینید. برای هر مورد روی „Stimmt noch“ (هنوز درست است) کلیک کنید،
            یا آنچه دیگر درست نیست را تغییر دهید. به حساب کاربری نیاز ندارید.
            ما تغییرات شما را می‌خوانیم و سپس منتشر می‌کنیم.

            این لینک تا {1} معتبر است.

            از کمک شما سپاسگزاریم!
            تیم Wegweiser
            """,
            "یادآوری: لطفاً اطلاعات خود را در Wegweiser بررسی کنید",
            """
            سلام،

            مدتی پیش از شما خواستیم اطلاعات خود را در Wegweiser بررسی کنید.
            هنوز پاسخی دریافت نکرده‌ایم. شاید ایمیل را ندیده‌اید.

            لینک شما دوباره اینجاست:

            {0}

            این لینک تا {1} معتبر است. این تنها یادآوری است.

            سپاسگزاریم!
            تیم Wegweiser
            """),
        ["uk"] = new(
            "Будь ласка, перевірте свої записи у Wegweiser",
            """
            Добрий день,

            у довіднику Wegweiser для мігрантів в Ilm-Kreis є ваші записи (кількість: {2}).
            Ми регулярно перевіряємо, чи все ще правильно. Будь ласка, допоможіть нам.

            Відкрийте це посилання:

            {0}

            Ви побачите свої записи. Для кожного запису натисніть „Stimmt noch“ (усе ще правильно)
            або змініть те, що вже не відповідає дійсності. Обліковий запис не потрібен.
            Ми прочитаємо ваші зміни й опублікуємо їх.

            Посилання дійсне до {1}.

            Дякуємо за допомогу!
            Команда Wegweiser
            """,
            "Нагадування: будь ласка, перевірте свої записи у Wegweiser",
            """
            Добрий день,

            нещодавно ми просили вас перевірити свої записи у Wegweiser.
            Ми ще не отримали відповіді. Можливо, ви не помітили лист.

            Ось ваше посилання ще раз:

            {0}

            Посилання дійсне до {1}. Це єдине нагадування.

            Дякуємо!
            Команда Wegweiser
            """),
        ["ru"] = new(
            "Пожалуйста, проверьте свои записи в Wegweiser",
            """
            Здравствуйте,

            в справочнике Wegweiser для мигрантов в Ilm-Kreis есть ваши записи (количество: {2}).
            Мы регулярно проверяем, всё ли ещё верно. Пожалуйста, помогите нам.

            Откройте эту ссылку:

            {0}

            Вы увидите свои записи. Для каждой записи нажмите „Stimmt noch“ (всё ещё верно)
            или измените то, что уже неверно. Учётная запись не нужна.
            Мы прочитаем ваши изменения и затем опубликуем их.

            Ссылка действительна до {1}.

            Спасибо за помощь!
            Команда Wegweiser
            """,
            "Напоминание: пожалуйста, проверьте свои записи в Wegweiser",
            """
            Здравствуйте,

            некоторое время назад мы просили вас проверить свои записи в Wegweiser.
            Мы ещё не получили ответа. Возможно, вы не заметили письмо.

            Вот ваша ссылка ещё раз:

            {0}

            Ссылка действительна до {1}. Это единственное напоминание.

            Спасибо!
            Команда Wegweiser
            """),
        ["tr"] = new(
            "Lütfen Wegweiser'deki kayıtlarınızı kontrol edin",
            """
            Merhaba,

            Ilm-Kreis'teki göçmenler için Wegweiser rehberinde {2} kaydınız bulunuyor.
            Her şeyin hâlâ doğru olup olmadığını düzenli olarak kontrol ediyoruz. Lütfen bize yardım edin.

            Bu bağlantıyı açın:

            {0}

            Kayıtlarınızı göreceksiniz. Her kayıt için „Stimmt noch“ (hâlâ doğru) düğmesine tıklayın
            ya da artık doğru olmayan bilgileri değiştirin. Hesaba ihtiyacınız yok.
            Değişikliklerinizi okuyup ardından yayımlıyoruz.

            Bağlantı {1} tarihine kadar geçerlidir.

            Yardımınız için teşekkürler!
            Wegweiser ekibi
            """,
            "Hatırlatma: Lütfen Wegweiser'deki kayıtlarınızı kontrol edin",
            """
            Merhaba,

            bir süre önce sizden Wegweiser'deki kayıtlarınızı kontrol etmenizi rica etmiştik.
            Henüz yanıt almadık. Belki e-postayı gözden kaçırdınız.

            Bağlantınız tekrar burada:

            {0}

            Bağlantı {1} tarihine kadar geçerlidir. Bu tek hatırlatmadır.

            Teşekkürler!
            Wegweiser ekibi
            """),
    };
}
