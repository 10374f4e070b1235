"""The Streamlit app: session keys, cached resources, navigation, widgets, chat, listen, pages/."""
