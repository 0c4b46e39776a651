package app.kernkracht.ui

import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.Typography
import androidx.compose.material3.darkColorScheme
import androidx.compose.material3.lightColorScheme
import androidx.compose.runtime.Composable
import androidx.compose.ui.graphics.Color
import androidx.compose.ui.text.TextStyle
import androidx.compose.ui.text.font.FontWeight
import androidx.compose.ui.unit.sp

/*
 * Colours chosen for contrast (body text ≥ 7:1 on its background, controls ≥ 4.5:1) and text
 * a size larger than Material's defaults: many users read the phone from the floor.
 */
private val Light = lightColorScheme(
    primary = Color(0xFF00574B),
    onPrimary = Color.White,
    primaryContainer = Color(0xFFB8EFE3),
    onPrimaryContainer = Color(0xFF00201A),
    secondary = Color(0xFF3B5F8A),
    onSecondary = Color.White,
    secondaryContainer = Color(0xFFD6E3FF),
    onSecondaryContainer = Color(0xFF001B3D),
    tertiary = Color(0xFF8A4B00),
    tertiaryContainer = Color(0xFFFFDCBE),
    onTertiaryContainer = Color(0xFF2D1600),
    error = Color(0xFFB3261E),
    errorContainer = Color(0xFFF9DEDC),
    onErrorContainer = Color(0xFF410E0B),
    background = Color(0xFFFAFDFB),
    onBackground = Color(0xFF191C1B),
    surface = Color(0xFFFAFDFB),
    onSurface = Color(0xFF191C1B),
    surfaceVariant = Color(0xFFDAE5E1),
    onSurfaceVariant = Color(0xFF3A4946),
    outline = Color(0xFF6A7A76)
)

private val Dark = darkColorScheme(
    primary = Color(0xFF8CD5C7),
    onPrimary = Color(0xFF00382F),
    primaryContainer = Color(0xFF005046),
    onPrimaryContainer = Color(0xFFB8EFE3),
    secondary = Color(0xFFA9C7F7),
    onSecondary = Color(0xFF083060),
    secondaryContainer = Color(0xFF234776),
    onSecondaryContainer = Color(0xFFD6E3FF),
    tertiary = Color(0xFFFFB870),
    tertiaryContainer = Color(0xFF693800),
    onTertiaryContainer = Color(0xFFFFDCBE),
    error = Color(0xFFF2B8B5),
    errorContainer = Color(0xFF8C1D18),
    onErrorContainer = Color(0xFFF9DEDC),
    background = Color(0xFF111413),
    onBackground = Color(0xFFE1E3E1),
    surface = Color(0xFF111413),
    onSurface = Color(0xFFE1E3E1),
    surfaceVariant = Color(0xFF3A4946),
    onSurfaceVariant = Color(0xFFC8D5D1),
    outline = Color(0xFF929F9B)
)

private val Type = Typography().run {
    copy(
        headlineSmall = headlineSmall.copy(fontWeight = FontWeight.SemiBold),
        titleLarge = titleLarge.copy(fontSize = 24.sp, fontWeight = FontWeight.SemiBold),
        titleMedium = titleMedium.copy(fontSize = 19.sp, fontWeight = FontWeight.SemiBold),
        bodyLarge = bodyLarge.copy(fontSize = 18.sp, lineHeight = 26.sp),
        bodyMedium = bodyMedium.copy(fontSize = 16.sp, lineHeight = 23.sp),
        labelLarge = labelLarge.copy(fontSize = 17.sp, fontWeight = FontWeight.SemiBold)
    )
}

/** The app's Material 3 theme, light or dark. */
@Composable
fun KernkrachtTheme(dark: Boolean = false, content: @Composable () -> Unit) {
    MaterialTheme(colorScheme = if (dark) Dark else Light, typography = Type, content = content)
}

/** Big numbers (the countdown, the pressure), readable from a metre away. */
val BigNumber = TextStyle(fontSize = 56.sp, fontWeight = FontWeight.Bold)
