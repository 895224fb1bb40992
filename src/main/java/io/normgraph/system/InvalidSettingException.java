package io.normgraph.system;

/**
 * A setting with a value it cannot take, found when the bean that reads it is made; start-up
 * then ends with one line ({@link InvalidSettingFailureAnalyzer}) naming the setting.
 */
public class InvalidSettingException extends IllegalArgumentException {

	private final String setting;

	public InvalidSettingException(String setting, Object value, String rule) {
		super(setting + " must be " + rule + ", not " + value + ".");
		this.setting = setting;
	}

	/** {@code value} itself when it is at least {@code min}. */
	public static int atLeast(String setting, int value, int min) {
		if (value < min) {
			throw new InvalidSettingException(setting, value, "at least " + min);
		}
		return value;
	}

	public String setting() {
		return this.setting;
	}

}
